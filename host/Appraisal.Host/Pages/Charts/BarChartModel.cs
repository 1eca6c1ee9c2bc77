namespace Appraisal.Host.Pages.Charts;

/// <summary>What a bar chart shows, independent of how it is drawn.</summary>
/// <param name="Key">Unique on the page: it prefixes the ids of the chart's patterns and description.</param>
/// <param name="Title">The chart's title (its accessible name).</param>
/// <param name="Description">What the chart shows, in a sentence (its accessible description).</param>
/// <param name="Series">The names of the series, in the order segments refer to them; the legend lists them.</param>
/// <param name="Scale">The value that fills the whole width (100 for a percentage, the largest total for counts).</param>
/// <param name="Bars">The rows, top to bottom.</param>
public sealed record BarChartModel(
    string Key, string Title, string Description, IReadOnlyList<string> Series, decimal Scale, IReadOnlyList<ChartBar> Bars);
