using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Rosters;

/// <summary>The strings of the subjects page (<c>/admin/campaigns/{id}/subjects</c>), in both languages.</summary>
public static class SubjectsText
{
    public static string Title => Text("评议对象名册", "Subjects");

    public static string NotFound => Text("找不到这个活动，或者您无权查看。", "There is no such campaign, or you may not see it.");

    public static string Forbidden => Text("您只能查看这个活动，不能修改。", "You may view this campaign but not change it.");

    public static string BackToCampaign => Text("返回活动", "Back to the campaign");

    public static string Count(int count) => Text($"共 {count} 个评议对象。", $"{count} subjects.");

    public static string None => Text("还没有评议对象。", "No subjects yet.");

    public static string More(int count) => Text($"另有 {count} 个未列出。", $"{count} more not listed.");

    public static string Row => Text("行", "Row");

    public static string Id => Text("编号", "Id");

    public static string Name => Text("姓名 / 名称", "Name");

    public static string Membership => Text("党员类别", "Membership");

    public static string UnitClass => Text("单位类别", "Unit class");

    public static string Office => Text("部门", "Office");

    public static string Problems => Text("问题", "Problems");

    public static string MembershipValue(string value) => value switch
    {
        "full" => Text("正式党员", "Full member"),
        "probationary" => Text("预备党员", "Probationary"),
        _ => value,
    };

    public static string OnlyDraft => Text("评议对象只能在草稿状态下添加；活动开始后名册不能再改。", "Subjects can only be added to a draft; once the campaign opens the roster is fixed.");

    public static string ImportTitle => Text("从文件导入", "Import from a file");

    public static string ImportHelp => Text(
        "CSV（UTF-8 或 Excel 的 GBK）或 XLSX（第一个工作表），第一行为表头：编号、姓名，可选 党员类别（正式党员 / 预备党员）、单位类别、部门。最大 2 MB。",
        "CSV (UTF-8, or GBK from Excel) or XLSX (first sheet), with a header row: id, name, and optionally membership (正式党员 / 预备党员), unit class, office. At most 2 MB.");

    public static string File => Text("名册文件", "Roster file");

    public static string Preview => Text("预览", "Preview");

    public static string PreviewTitle => Text("导入预览（尚未保存）", "Import preview (nothing saved yet)");

    public static string Ignored(string headers) => Text($"以下列未识别，将被忽略：{headers}", $"These columns are not recognised and will be ignored: {headers}");

    public static string ProblemCount(int count) => Text(
        $"发现 {count} 个问题。请修改文件后重新上传；有问题时一行也不会导入。",
        $"{count} problems found. Fix the file and upload it again; nothing is imported while there is a problem.");

    public static string Colon => Text("：", ": ");

    public static string WholeFile => Text("整个文件", "The file");

    public static string RowLabel(int row) => Text($"第 {row} 行", $"Row {row}");

    public static string Ready(int count) => Text($"{count} 行都没有问题。确认后一次全部添加。", $"All {count} rows are fine. Confirm to add them all at once.");

    public static string Confirm(int count) => Text($"确认导入 {count} 个评议对象", $"Import {count} subjects");

    public static string OtherFile => Text("或者选择另一个文件：", "Or choose another file:");

    public static string Added(int count) => Text($"已导入 {count} 个评议对象。", $"{count} subjects imported.");
}
