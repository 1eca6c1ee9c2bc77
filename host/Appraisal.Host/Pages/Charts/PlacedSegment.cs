namespace Appraisal.Host.Pages.Charts;

/// <summary>A segment's rectangle in the chart's coordinates (the viewBox), with the text that fits inside it, if any.</summary>
public sealed record PlacedSegment(int Series, double X, double Width, string? Text);
