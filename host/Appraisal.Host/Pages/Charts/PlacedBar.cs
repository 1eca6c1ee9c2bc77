namespace Appraisal.Host.Pages.Charts;

/// <summary>A row laid out: where its label, bar and caption go. A suppressed row has no segments.</summary>
public sealed record PlacedBar(ChartBar Bar, double LabelY, double BarY, double CaptionY, IReadOnlyList<PlacedSegment> Segments);
