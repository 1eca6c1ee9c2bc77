namespace Appraisal.Host.Pages.Charts;

/// <summary>A row laid out: where its label, bar and caption go. A suppressed row has no segments.</summary>
/// <param name="Bar">The row.</param>
/// <param name="LabelY">The label's baseline.</param>
/// <param name="BarY">The bar's top.</param>
/// <param name="CaptionY">The first caption line's baseline; further lines follow <see cref="BarGeometry.LineHeight"/> apart.</param>
/// <param name="Caption">The caption's lines.</param>
/// <param name="Segments">The bar's rectangles.</param>
public sealed record PlacedBar(ChartBar Bar, double LabelY, double BarY, double CaptionY, IReadOnlyList<string> Caption, IReadOnlyList<PlacedSegment> Segments);
