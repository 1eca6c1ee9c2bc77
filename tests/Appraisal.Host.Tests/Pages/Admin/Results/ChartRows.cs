using System.Globalization;
using AngleSharp.Dom;

namespace Appraisal.Host.Tests.Pages.Admin.Results;

/// <summary>A chart row read back from a page's SVG, as a screen reader or an auditor would take it apart.</summary>
internal sealed record ChartRows(string Label, IReadOnlyList<(int Series, double Width)> Segments, string Text)
{
    /// <summary>The rows of the chart <paramref name="key"/> on the page.</summary>
    public static ChartRows[] Of(PageResponse page, string key)
    {
        var svg = page.Document.QuerySelector($"svg[data-chart={key}]") ?? throw new InvalidOperationException($"No chart {key} on the page: {page.Html}");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
        return [.. svg.QuerySelectorAll("g.row").Select(Read)];
    }

    private static ChartRows Read(IElement row) => new(
        row.GetAttribute("data-label")!,
        [.. row.QuerySelectorAll("rect.seg").Select(r => (int.Parse(r.GetAttribute("data-series")!, CultureInfo.InvariantCulture),
            double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture)))],
        row.TextContent);
}
