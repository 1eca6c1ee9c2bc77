using Appraisal.PluginApi;

namespace Appraisal.Host.Imports;

/// <summary>Something wrong in an imported file: where (row as the organiser sees it in Excel, column header) and what.</summary>
/// <param name="Row">The row (1 = the header); null for the file as a whole.</param>
/// <param name="Column">The column's header as written in the file, or null.</param>
/// <param name="Message">What is wrong, in both languages.</param>
public sealed record ImportProblem(int? Row, string? Column, LocalizedText Message)
{
    public static ImportProblem File(string zhCn, string en) => new(null, null, new LocalizedText(zhCn, en));
}
