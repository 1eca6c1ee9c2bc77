namespace Appraisal.Host.Pages.Charts;

/// <summary>
/// Lays a <see cref="BarChartModel"/> out in a 360-unit-wide viewBox, the narrowest phone the pages are made for,
/// so the SVG scales down to nothing smaller: each row is its label on a line of its own, the bar under it across
/// the whole width (long Chinese names need no column of their own), then the values in words, wrapped at the
/// caption's separators (SVG text does not wrap by itself). A segment's width is its value over the model's scale; a
/// suppressed row gets no rectangle at all.
/// </summary>
public sealed class BarGeometry
{
    public const double Width = 360;

    public const double BarHeight = 18;

    /// <summary>Room above the bar for the label line.</summary>
    public const double LabelHeight = 20;

    /// <summary>The height of one caption line.</summary>
    public const double LineHeight = 14;

    /// <summary>Height of the legend above the rows.</summary>
    public const double LegendHeight = 24;

    /// <summary>Roughly the width of one digit at the segment text size, to decide whether a count fits inside.</summary>
    private const double DigitWidth = 7;

    /// <summary>Roughly the width of a full-width (CJK) character of a caption; other characters count half.</summary>
    private const double WideCharWidth = 11.5;

    private static readonly string[] Separators = ["，", ", "];

    public BarGeometry(BarChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var top = LegendHeight;
        var bars = new List<PlacedBar>();
        foreach (var bar in model.Bars)
        {
            var placed = Place(bar, top, model.Scale);
            bars.Add(placed);
            top = placed.CaptionY + ((placed.Caption.Count - 1) * LineHeight) + 12;
        }

        Bars = bars;
        Height = top + 4;
    }

    /// <summary>The rows, top to bottom.</summary>
    public IReadOnlyList<PlacedBar> Bars { get; }

    /// <summary>The viewBox height.</summary>
    public double Height { get; }

    /// <summary>Where the legend entry of series <paramref name="series"/> starts: the legend wraps nothing, so keep series few.</summary>
    public static double LegendX(int series, int count) => count <= 0 ? 0 : series * (Width / count);

    /// <summary>
    /// The caption cut into lines that fit the width, breaking only after a separator (between two values) unless a
    /// single value is itself too long. A rough estimate is enough: the SVG scales, and the table holds the same text.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string caption)
    {
        ArgumentNullException.ThrowIfNull(caption);
        var lines = new List<string>();
        var line = "";
        foreach (var part in Parts(caption))
        {
            if (line.Length > 0 && Measure(line + part) > Width)
            {
                lines.Add(line.TrimEnd());
                line = "";
            }

            line += part;
        }

        lines.Add(line.TrimEnd());
        return lines;
    }

    private static IEnumerable<string> Parts(string caption)
    {
        var start = 0;
        for (var i = 0; i < caption.Length; i++)
        {
            foreach (var separator in Separators)
            {
                if (string.CompareOrdinal(caption, i, separator, 0, separator.Length) == 0)
                {
                    yield return caption[start..(i + separator.Length)];
                    start = i + separator.Length;
                    i = start - 1;
                    break;
                }
            }
        }

        yield return caption[start..];
    }

    private static double Measure(string text) => text.Sum(c => c > '\u2E7F' ? WideCharWidth : WideCharWidth / 2);

    private static PlacedBar Place(ChartBar bar, double top, decimal scale)
    {
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

        return new PlacedBar(bar, top + 14, top + LabelHeight, top + LabelHeight + BarHeight + 14, Wrap(bar.Caption), segments);
    }
}
