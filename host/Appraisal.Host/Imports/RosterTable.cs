using Appraisal.Core.Campaigns;

namespace Appraisal.Host.Imports;

/// <summary>
/// A roster file read as a table: the first non-blank row is the header, the rest are rows. Blank rows are left
/// out, since spreadsheets keep them between blocks. Cell-level problems of the reader (a formula without a value)
/// travel with it.
/// </summary>
public sealed class RosterTable
{
    /// <summary>The most rows one import may hold: what one call of the campaign service takes.</summary>
    public const int MaxRows = CampaignService.MaxBatch;

    private RosterTable(IReadOnlyList<string> headers, IReadOnlyDictionary<RosterColumn, int> columns, IReadOnlyList<RosterRow> rows, IReadOnlyList<ImportProblem> problems)
    {
        Headers = headers;
        Columns = columns;
        Rows = rows;
        Problems = problems;
    }

    /// <summary>The header row as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Where each recognised column is.</summary>
    public IReadOnlyDictionary<RosterColumn, int> Columns { get; }

    public IReadOnlyList<RosterRow> Rows { get; }

    /// <summary>Problems found while reading cells.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Headers that name no column: shown to the organiser as ignored.</summary>
    public IEnumerable<string> Ignored => Headers.Where((h, i) => h.Length > 0 && !Columns.Values.Contains(i));

    /// <summary>The value of <paramref name="column"/> in <paramref name="row"/>; empty when the file has no such column.</summary>
    public string Value(RosterRow row, RosterColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Columns.TryGetValue(column, out var index) ? row.Cell(index) : "";
    }

    /// <summary>The header of <paramref name="column"/> as written in the file, or the column's name.</summary>
    public string Header(RosterColumn column) => Columns.TryGetValue(column, out var index) ? Headers[index] : column.ToString();

    /// <summary>Builds the table from the reader's records (row number, cells).</summary>
    internal static RosterTable From(IEnumerable<RosterRow> records, IReadOnlyList<ImportProblem> problems)
    {
        RosterRow? header = null;
        var rows = new List<RosterRow>();
        foreach (var record in records)
        {
            var cells = record.Cells.Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            if (header is null)
            {
                header = record with { Cells = cells };
                continue;
            }

            if (rows.Count == MaxRows)
            {
                throw ImportException.Of($"文件超过 {MaxRows} 行，请分批导入。", $"The file has more than {MaxRows} rows; import it in parts.");
            }

            rows.Add(record with { Cells = cells });
        }

        if (header is null)
        {
            throw ImportException.Of("文件是空的：第一行应为表头（如 编号,姓名）。", "The file is empty: the first row should be a header (such as id,name).");
        }

        var columns = new Dictionary<RosterColumn, int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (RosterHeaders.Find(header.Cells[i]) is { } column && !columns.TryAdd(column, i))
            {
                throw new ImportException(new ImportProblem(header.Number, header.Cells[i], new(
                    $"表头中“{header.Cells[i]}”与“{header.Cells[columns[column]]}”是同一列，只能保留一个。",
                    $"The headers “{header.Cells[i]}” and “{header.Cells[columns[column]]}” name the same column; keep one.")));
            }
        }

        return new RosterTable(header.Cells, columns, rows, problems);
    }
}
