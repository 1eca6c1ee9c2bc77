using System.Net;
using System.Text;

namespace Appraisal.Host.Tests.Pages;

/// <summary>Checks every voter's page must pass: labelled inputs, nothing loaded from elsewhere, and its weight.</summary>
internal static class PageChecks
{
    /// <summary>
    /// Every radio and checkbox sits in a label and in a fieldset with a legend; every text box has a label; every
    /// address in the page is relative to the host, so nothing is loaded from anywhere else.
    /// </summary>
    public static void AssertLabelledAndSelfContained(PageResponse page)
    {
        Assert.All(page.Document.QuerySelectorAll("input[type=radio], input[type=checkbox]"), input =>
        {
            Assert.NotNull(input.Closest("label"));
            Assert.NotNull(input.Closest("fieldset")?.QuerySelector("legend"));
        });
        var labelled = page.Document.QuerySelectorAll("label[for]").Select(l => l.GetAttribute("for")).ToHashSet();
        Assert.All(page.Document.QuerySelectorAll("textarea, input[type=text]"), text => Assert.Contains(text.Id, labelled));
        Assert.All(page.Document.QuerySelectorAll("[src], [href], [action]"), element =>
            Assert.Matches("^[/?#]", element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("action")));
    }

    /// <summary>The bytes a first visit downloads, as sent (the host does not compress): the page's HTML and its stylesheet.</summary>
    public static async Task<(int Html, int Css)> WeightAsync(PageClient client, PageResponse page)
    {
        var stylesheet = page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.Status);
        Assert.StartsWith("text/css", css.Header("Content-Type"), StringComparison.Ordinal);
        return (Encoding.UTF8.GetByteCount(page.Html), Encoding.UTF8.GetByteCount(css.Html));
    }
}
