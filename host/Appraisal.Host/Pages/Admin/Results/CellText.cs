using System.Globalization;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>How a report cell reads on a page: a suppressed cell is "—", never its number (DESIGN §6).</summary>
public static class CellText
{
    public const string Suppressed = "—";

    public static string Of(ReportCell? cell) => cell switch
    {
        null or { Suppressed: true } => Suppressed,
        { Number: { } number } => Number(number),
        _ => cell.Text ?? "",
    };

    /// <summary>A number as the exports write it: invariant, no thousands separator, at most 2 decimals.</summary>
    public static string Number(decimal number) => number.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The cell's number, or null when it is suppressed or holds none.</summary>
    public static decimal? Value(ReportCell? cell) => cell is { Suppressed: false, Number: { } number } ? number : null;

    /// <summary>Column <paramref name="index"/> of a row, or null past its end (a plugin's rows may be short).</summary>
    public static ReportCell? At(IReadOnlyList<ReportCell> row, int index) => index >= 0 && index < row.Count ? row[index] : null;

    /// <summary>The position of the column whose Chinese heading is <paramref name="zhCn"/>, or -1.</summary>
    public static int Column(ReportTable table, string zhCn)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].ZhCn == zhCn)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A heading with a suffix taken off both languages, e.g. 优秀（票） → 优秀.</summary>
    public static LocalizedText Trim(LocalizedText heading, string zhSuffix, string enSuffix) =>
        new(heading.ZhCn.EndsWith(zhSuffix, StringComparison.Ordinal) ? heading.ZhCn[..^zhSuffix.Length] : heading.ZhCn,
            heading.En.EndsWith(enSuffix, StringComparison.Ordinal) ? heading.En[..^enSuffix.Length] : heading.En);
}
