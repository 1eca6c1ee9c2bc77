using AngleSharp.Html.Parser;
using Appraisal.Host.Pages.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Appraisal.Host.Tests.Pages.Charts;

/// <summary>The chart component's SVG: named and described for screen readers, every label present and encoded.</summary>
public sealed class BarChartRenderTests
{
    [Fact]
    public async Task The_svg_has_a_text_alternative_a_legend_and_every_label_as_encoded_text()
    {
        const string hostile = "<script>alert(1)</script>";
        var model = new BarChartModel("grades", "各党员测评等次分布", "每名党员一行", ["优秀", "合格"], 10,
        [
            new ChartBar("张伟", [new ChartSegment(0, 6, "6"), new ChartSegment(1, 4, "4")], "优秀 6票，合格 4票", Mark: "不合格票≥50%"),
            new ChartBar(hostile, [new ChartSegment(0, null, "—"), new ChartSegment(1, null, "—")], "— 票数过少，不显示"),
        ]);

        var svg = new HtmlParser().ParseDocument(await RenderAsync(model)).QuerySelector("svg")!;

        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(model.Title, svg.GetAttribute("aria-label"));
        Assert.Equal(model.Title, svg.QuerySelector("title")!.TextContent);
        Assert.Equal(model.Description, svg.QuerySelector("desc")!.TextContent);
        Assert.Equal("100%", svg.GetAttribute("width"));
        Assert.StartsWith("0 0 360 ", svg.GetAttribute("viewBox"), StringComparison.Ordinal);
        Assert.Equal(model.Series, svg.QuerySelectorAll(".legend text").Select(t => t.TextContent));

        var rows = svg.QuerySelectorAll("g.row").ToArray();
        Assert.Equal(model.Bars.Select(b => b.Label), rows.Select(r => r.GetAttribute("data-label")));
        Assert.Equal(2, rows[0].QuerySelectorAll("rect.seg").Length);
        Assert.Contains("⚑ 不合格票≥50%", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(model.Bars[0].Caption, rows[0].TextContent, StringComparison.Ordinal);

        // The suppressed row: its name as text, no segment, and no markup made of the name.
        Assert.Empty(rows[1].QuerySelectorAll("rect.seg"));
        Assert.Contains(hostile, rows[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(svg.QuerySelectorAll("script"));
    }

    private static async Task<string> RenderAsync(BarChartModel model)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<BarChart>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));
            return output.ToHtmlString();
        });
    }
}
