namespace Appraisal.Host.Pages.Charts;

/// <summary>
/// Lays a <see cref="BarChartModel"/> out in a 360-unit-wide viewBox, the narrowest phone the pages are made for,
/// so the SVG scales down to nothing smaller: each row is its label on a line of its own, the bar under it across
/// the whole width (long Chinese names need no column of their own), then the values in words. A segment's width is
/// its value over the model's scale; a suppressed row gets no rectangle at all.
/// </summary>
public sealed class BarGeometry
{
    public const double Width = 360;

    public const double BarHeight = 18;

    /// <summary>Room for a label line, the bar and a caption line.</summary>
    public const double RowHeight = 58;

    /// <summary>Height of the legend above the rows.</summary>
    public const double LegendHeight = 24;

    /// <summary>Roughly the width of one digit at the segment text size, to decide whether a count fits inside.</summary>
    private const double DigitWidth = 7;

    public BarGeometry(BarChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Bars = [.. model.Bars.Select((bar, row) => Place(bar, row, model.Scale))];
        Height = LegendHeight + (model.Bars.Count * RowHeight) + 4;
    }

    /// <summary>The rows, top to bottom.</summary>
    public IReadOnlyList<PlacedBar> Bars { get; }

    /// <summary>The viewBox height.</summary>
    public double Height { get; }

    /// <summary>Where the legend entry of series <paramref name="series"/> starts: the legend wraps nothing, so keep series few.</summary>
    public static double LegendX(int series, int count) => count <= 0 ? 0 : series * (Width / count);

    private static PlacedBar Place(ChartBar bar, int row, decimal scale)
    {
        var top = LegendHeight + (row * RowHeight);
        var segments = new List<PlacedSegment>();
        if (!bar.Suppressed && scale > 0)
        {
            var x = 0d;
            foreach (var segment in bar.Segments)
            {
                // Clamped, so a value above the scale (a bad setting) cannot draw outside the viewBox.
                var width = Math.Min((double)(segment.Value!.Value / scale) * Width, Width - x);
                width = Math.Max(width, 0);
                if (width > 0)
                {
                    var fits = segment.Text.Length * DigitWidth + 4 <= width;
                    segments.Add(new PlacedSegment(segment.Series, x, width, fits ? segment.Text : null));
                }

                x += width;
            }
        }

        return new PlacedBar(bar, top + 14, top + 20, top + 20 + BarHeight + 14, segments);
    }
}
