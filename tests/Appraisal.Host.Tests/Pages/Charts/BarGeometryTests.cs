using Appraisal.Host.Pages.Charts;

namespace Appraisal.Host.Tests.Pages.Charts;

/// <summary>The bar geometry: lengths proportional to values, segments side by side, nothing drawn for a hidden value.</summary>
public sealed class BarGeometryTests
{
    [Fact]
    public void Bar_widths_are_proportional_to_the_values_over_the_scale()
    {
        decimal[] values = [7, 21, 3.5m, 0];
        var model = Model(28, [.. values.Select((v, i) => new ChartBar($"r{i}", [new ChartSegment(0, v, v.ToString(System.Globalization.CultureInfo.InvariantCulture))], ""))]);

        var bars = new BarGeometry(model).Bars;

        Assert.Equal(values.Length - 1, bars.Count(b => b.Segments.Count == 1));
        for (var i = 0; i < values.Length - 1; i++)
        {
            Assert.Equal((double)(values[i] / 28) * BarGeometry.Width, bars[i].Segments.Single().Width, 6);
            Assert.Equal(0, bars[i].Segments.Single().X);
        }

        // A zero value draws no rectangle rather than an invisible one.
        Assert.Empty(bars[^1].Segments);
        // Rows go down the chart without overlapping.
        Assert.All(bars.Zip(bars.Skip(1)), pair => Assert.True(pair.Second.LabelY >= pair.First.CaptionY));
    }

    [Fact]
    public void Stacked_segments_follow_each_other_and_fill_the_width_at_the_scale()
    {
        decimal[] counts = [5, 3, 1, 1];
        var model = Model(counts.Sum(), [new ChartBar("张伟", [.. counts.Select((c, i) => new ChartSegment(i, c, $"{c}"))], "")]);

        var segments = new BarGeometry(model).Bars.Single().Segments;

        Assert.Equal(Enumerable.Range(0, counts.Length), segments.Select(s => s.Series));
        Assert.All(segments.Zip(segments.Skip(1)), pair => Assert.Equal(pair.First.X + pair.First.Width, pair.Second.X, 6));
        Assert.Equal(BarGeometry.Width, segments.Sum(s => s.Width), 6);
        Assert.True(segments[0].Width > segments[1].Width && segments[1].Width > segments[2].Width);
    }

    [Fact]
    public void A_suppressed_value_draws_no_bar_at_all_not_even_its_visible_neighbours()
    {
        var model = Model(10, [new ChartBar("王芳", [new ChartSegment(0, 4, "4"), new ChartSegment(1, null, "—")], "— too few")]);

        var bar = new BarGeometry(model).Bars.Single();

        Assert.True(bar.Bar.Suppressed);
        Assert.Empty(bar.Segments);
    }

    [Fact]
    public void Text_goes_inside_a_segment_only_when_it_fits_and_a_value_above_the_scale_stays_inside_the_chart()
    {
        var model = Model(100, [new ChartBar("a", [new ChartSegment(0, 1, "1"), new ChartSegment(1, 50, "50")], ""), new ChartBar("b", [new ChartSegment(0, 150, "150")], "")]);

        var bars = new BarGeometry(model).Bars;

        Assert.Null(bars[0].Segments[0].Text);
        Assert.Equal("50", bars[0].Segments[1].Text);
        Assert.Equal(BarGeometry.Width, bars[1].Segments.Single().Width, 6);
    }

    [Fact]
    public void A_long_caption_wraps_between_values_keeps_every_word_and_pushes_the_next_row_down()
    {
        var caption = string.Join("，", Enumerable.Range(1, 6).Select(i => $"基本合格 {i}票（{i * 10}%）"));
        var model = Model(10, [new ChartBar("张伟", [new ChartSegment(0, 1, "1")], caption), new ChartBar("王芳", [new ChartSegment(0, 1, "1")], "短")]);

        var bars = new BarGeometry(model).Bars;

        Assert.True(bars[0].Caption.Count > 1);
        Assert.Equal(caption, string.Concat(bars[0].Caption));
        Assert.All(bars[0].Caption.SkipLast(1), line => Assert.EndsWith("，", line, StringComparison.Ordinal));
        Assert.True(bars[1].LabelY > bars[0].CaptionY + ((bars[0].Caption.Count - 1) * BarGeometry.LineHeight));
        Assert.Equal(["短"], bars[1].Caption);
    }

    private static BarChartModel Model(decimal scale, IReadOnlyList<ChartBar> bars) =>
        new("t", "title", "description", ["A", "B", "C", "D"], scale, bars);
}
