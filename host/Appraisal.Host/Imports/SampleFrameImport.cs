using Appraisal.Core.Distribution;

namespace Appraisal.Host.Imports;

/// <summary>
/// A roster used as the frame of a stratified sample (服务对象 drawn by window, 办事群众 by district): an id and a
/// stratum per row (层, or 单位类别 / 部门 when the file has no 层 column). Names stay on the page that prints the
/// slips: the draw stores ids only.
/// </summary>
public sealed class SampleFrameImport
{
    private SampleFrameImport(IReadOnlyList<RosterEntry> entries, IReadOnlyDictionary<string, string> names, IReadOnlyList<ImportProblem> problems)
    {
        Entries = entries;
        Names = names;
        Problems = problems;
    }

    /// <summary>The frame, in file order; empty when there is a problem.</summary>
    public IReadOnlyList<RosterEntry> Entries { get; }

    /// <summary>The name on each row that has one, by id, to print who a slip is for.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    public IReadOnlyList<ImportProblem> Problems { get; }

    public static SampleFrameImport Check(RosterTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<ImportProblem>(table.Problems);
        var stratum = new[] { RosterColumn.Stratum, RosterColumn.UnitClass, RosterColumn.Office }.FirstOrDefault(c => table.Columns.ContainsKey(c), RosterColumn.Stratum);
        if (!table.Columns.ContainsKey(RosterColumn.Id) || !table.Columns.ContainsKey(stratum))
        {
            problems.Insert(0, ImportProblem.File(
                "抽样名册须有“编号”和“层”两列（或 id 和 stratum）。", "A sample frame needs an “id” and a “stratum” column (编号 and 层)."));
        }

        var entries = new List<RosterEntry>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = table.Value(row, RosterColumn.Id);
            var layer = table.Value(row, stratum);
            if (id.Length is 0 or > 64 || id.Any(char.IsControl))
            {
                problems.Add(new ImportProblem(row.Number, table.Header(RosterColumn.Id), new("编号须为 1 至 64 个字符。", "The id must be 1 to 64 characters.")));
            }
            else if (!seen.Add(id))
            {
                problems.Add(new ImportProblem(row.Number, table.Header(RosterColumn.Id), new($"编号 {id} 重复。", $"Id {id} appears twice.")));
            }

            if (layer.Length is 0 or > 64 || layer.Any(char.IsControl))
            {
                problems.Add(new ImportProblem(row.Number, table.Header(stratum), new("层须为 1 至 64 个字符。", "The stratum must be 1 to 64 characters.")));
            }

            entries.Add(new RosterEntry(id, layer));
            if (table.Value(row, RosterColumn.Name) is { Length: > 0 } name)
            {
                names[id] = name;
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(ImportProblem.File("表头下面没有数据行。", "There are no rows under the header."));
        }

        return new SampleFrameImport(problems.Count == 0 ? entries : [], names, problems);
    }
}
