using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>The strings of the results page and the printable report, in both languages.</summary>
public static class ResultsText
{
    public static string Title => Text("测评结果", "Results");

    public static string PrintTitle => Text("测评结果报告", "Results report");

    public static string NotFound => Text("没有找到这个活动。", "No such campaign.");

    public static string NotYet => Text("活动结束后才有结果。", "Results exist once the campaign is closed.");

    public static string NotTallied => Text("活动已结束，但还没有计票结果。", "The campaign is closed but has not been tallied yet.");

    public static string TallyFailed => Text("计票失败，请重新计票：", "The tally failed; tally again: ");

    public static string Overview => Text("概况", "Overview");

    public static string Type => Text("类型", "Type");

    public static string Period => Text("期间", "Period");

    public static string Status => Text("状态", "Status");

    public static string BallotsCast => Text("投票数", "Ballots cast");

    public static string MinimumCell => Text("最低统计数", "Minimum cell size");

    public static string ChainHead => Text("回执链头", "Chain head");

    public static string BoxDigest => Text("票箱摘要", "Box digest");

    public static string AfterPublishing => Text("公布结果后显示", "Shown once results are published");

    public static string Turnout => Text("参评情况", "Turnout");

    public static string Group => Text("评议群体", "Rater group");

    public static string Issued => Text("已发放", "Issued");

    public static string Returned => Text("已回收", "Returned");

    public static string Charts => Text("图表", "Charts");

    public static string Tables => Text("统计表", "Tables");

    public static string TooFewToShow => Text("— 票数过少，不显示", "— too few ballots to show");

    public static string SuppressedNote(int minimum) =>
        Text($"“—”表示该项不足 {minimum} 票（或全活动投票不足 {minimum} 张），为保护匿名不显示数字。",
            $"“—” marks a figure resting on fewer than {minimum} ballots (or a campaign with fewer than {minimum} ballots); it is withheld to protect anonymity.");

    public static string Downloads => Text("下载", "Downloads");

    public static string BallotsCsv => Text("选票（CSV）", "Ballots (CSV)");

    public static string BallotsXlsx => Text("选票和回执（Excel）", "Ballots and receipts (Excel)");

    public static string ReceiptsCsv => Text("回执（CSV）", "Receipts (CSV)");

    public static string ReportXlsx => Text("报告（Excel）", "Report (Excel)");

    public static string ReportCsv => Text("报告（CSV 压缩包）", "Report (zip of CSV)");

    public static string Printable => Text("打印版报告", "Printable report");

    public static string Committee => Text("组织评定", "Committee grades");

    public static string BackToResults => Text("返回测评结果", "Back to the results");

    public static string PrintedOn(string day) => Text($"打印日期：{day}", $"Printed on {day}");

    public static string Tally(int cast, int sheets) => Text($"{cast} 张（计入 {sheets} 份评议表）", $"{cast} ({sheets} sheets counted)");
}
