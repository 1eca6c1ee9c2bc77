using Appraisal.PluginApi.Ballots;

namespace Appraisal.Host.Imports;

/// <summary>
/// Checks a roster table as subjects of a campaign, row by row, with the campaign service's rules (id 1–64
/// characters, unique also against the subjects already there; name 1–100; unit class up to 64; office up to 200),
/// so the preview lists every problem at once instead of the service's first one. Membership is written as
/// organisers say it (正式党员 / 预备党员) or as the API's values (full / probationary).
/// </summary>
public sealed class SubjectImport
{
    private const int MaxId = 64;
    private const int MaxName = 100;
    private const int MaxUnitClass = 64;
    private const int MaxOffice = 200;

    private static readonly Dictionary<string, string> Memberships = new(StringComparer.OrdinalIgnoreCase)
    {
        ["正式党员"] = "full", ["正式"] = "full", ["full"] = "full",
        ["预备党员"] = "probationary", ["预备"] = "probationary", ["probationary"] = "probationary",
    };

    private SubjectImport(IReadOnlyList<ImportedSubject> rows, IReadOnlyList<ImportProblem> problems)
    {
        Rows = rows;
        Problems = problems;
    }

    public IReadOnlyList<ImportedSubject> Rows { get; }

    /// <summary>Every problem, the file's first, then by row.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>The subjects to add, when there is no problem at all (the import is all or nothing).</summary>
    public IReadOnlyList<Subject> Subjects => Problems.Count == 0 ? [.. Rows.Select(r => r.Subject!)] : [];

    public static SubjectImport Check(RosterTable table, IReadOnlyCollection<string> existingIds)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(existingIds);
        var problems = new List<ImportProblem>(table.Problems);
        foreach (var column in new[] { RosterColumn.Id, RosterColumn.Name })
        {
            if (!table.Columns.ContainsKey(column))
            {
                problems.Insert(0, ImportProblem.File(
                    $"缺少“{(column == RosterColumn.Id ? "编号" : "姓名")}”列：表头须有 编号 和 姓名（或 id 和 name）。",
                    $"There is no “{(column == RosterColumn.Id ? "id" : "name")}” column: the header needs 编号 and 姓名 (or id and name)."));
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<ImportedSubject>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var before = problems.Count;
            void Problem(RosterColumn column, string zhCn, string en) => problems.Add(new ImportProblem(row.Number, table.Header(column), new(zhCn, en)));

            var id = table.Value(row, RosterColumn.Id);
            if (Text(id, MaxId) is { } idProblem)
            {
                Problem(RosterColumn.Id, $"编号{idProblem.ZhCn}", $"The id {idProblem.En}");
            }
            else if (seen.TryGetValue(id, out var first))
            {
                Problem(RosterColumn.Id, $"编号 {id} 与第 {first} 行重复。", $"Id {id} is already on row {first}.");
            }
            else if (existingIds.Contains(id))
            {
                Problem(RosterColumn.Id, $"编号 {id} 已是本活动的评议对象。", $"Id {id} is already a subject of this campaign.");
            }
            else
            {
                seen[id] = row.Number;
            }

            var name = table.Value(row, RosterColumn.Name);
            if (Text(name, MaxName) is { } nameProblem)
            {
                Problem(RosterColumn.Name, $"姓名{nameProblem.ZhCn}", $"The name {nameProblem.En}");
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            var membership = table.Value(row, RosterColumn.Membership);
            if (membership.Length > 0 && !Memberships.TryGetValue(membership, out _))
            {
                Problem(RosterColumn.Membership, $"无法识别“{membership}”：应为 正式党员 或 预备党员（也可留空）。", $"“{membership}” is not recognised: write 正式党员 (full) or 预备党员 (probationary), or leave it empty.");
            }
            else if (membership.Length > 0)
            {
                attributes["membership"] = Memberships[membership];
            }

            var unitClass = table.Value(row, RosterColumn.UnitClass);
            if (unitClass.Length > 0 && Text(unitClass, MaxUnitClass) is { } classProblem)
            {
                Problem(RosterColumn.UnitClass, $"单位类别{classProblem.ZhCn}", $"The unit class {classProblem.En}");
            }

            var office = table.Value(row, RosterColumn.Office);
            if (office.Length > 0 && Text(office, MaxOffice) is { } officeProblem)
            {
                Problem(RosterColumn.Office, $"部门{officeProblem.ZhCn}", $"The office {officeProblem.En}");
            }
            else if (office.Length > 0)
            {
                attributes["office"] = office;
            }

            var fine = problems.Count == before && !table.Problems.Any(p => p.Row == row.Number);
            rows.Add(new ImportedSubject(row, fine ? new Subject(id, name, unitClass.Length > 0 ? unitClass : null, attributes) : null));
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(ImportProblem.File("表头下面没有数据行。", "There are no rows under the header."));
        }

        return new SubjectImport(rows, problems);
    }

    /// <summary>What is wrong with a text cell, or null: empty, too long, or holding control characters.</summary>
    private static (string ZhCn, string En)? Text(string value, int max) =>
        value.Length == 0 ? ("不能为空。", "is empty.")
        : value.Length > max ? ($"有 {value.Length} 个字符，最多 {max} 个。", $"has {value.Length} characters; at most {max}.")
        : value.Any(char.IsControl) ? ("含有控制字符（如单元格内换行）。", "holds control characters (such as a line break in the cell).")
        : null;
}
