namespace Appraisal.PluginApi.Reports;

/// <summary>One cell: a text or a number; a suppressed cell shows neither (too few ballots behind it).</summary>
public sealed record ReportCell(string? Text, decimal? Number = null, bool Suppressed = false)
{
    /// <summary>A cell hidden because fewer than the minimum cell size of ballots stand behind it.</summary>
    public static ReportCell Hidden { get; } = new(null, null, Suppressed: true);

    public static ReportCell Of(string text) => new(text);

    public static ReportCell Of(decimal number) => new(null, number);
}
