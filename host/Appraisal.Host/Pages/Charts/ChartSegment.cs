namespace Appraisal.Host.Pages.Charts;

/// <summary>One part of a bar: a value of one series (e.g. the 优秀 votes of a member).</summary>
/// <param name="Series">The series' position in <see cref="BarChartModel.Series"/>, which picks its colour and pattern.</param>
/// <param name="Value">The value, or null when the report suppressed it: then the whole bar is left undrawn.</param>
/// <param name="Text">What the segment says when there is room for it inside the bar (a count).</param>
public sealed record ChartSegment(int Series, decimal? Value, string Text);
