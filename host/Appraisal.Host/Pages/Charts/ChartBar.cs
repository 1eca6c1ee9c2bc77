namespace Appraisal.Host.Pages.Charts;

/// <summary>One row of a bar chart.</summary>
/// <param name="Label">The row's name (a member, an item, an agency): organiser text, always encoded.</param>
/// <param name="Segments">The bar's parts, left to right; one segment for a plain bar.</param>
/// <param name="Caption">The values in words under the bar, so nothing depends on reading colours or lengths.</param>
/// <param name="Mark">A warning shown beside the label in words (a flag, 一票否决), or null.</param>
public sealed record ChartBar(string Label, IReadOnlyList<ChartSegment> Segments, string Caption, string? Mark = null)
{
    /// <summary>True when any part was suppressed: no bar is drawn, so no length can give a hidden number away.</summary>
    public bool Suppressed => Segments.Count == 0 || Segments.Any(s => s.Value is null);
}
