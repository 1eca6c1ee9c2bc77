using System.Collections.Concurrent;
using System.Text.Json;
using Appraisal.Host.Tests.Support;
using Microsoft.Playwright;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// A phone for the browser tests: the system Chromium at 360 × 740, touch, JavaScript off unless a test turns it on.
/// Every request the page makes and every dialog it opens are recorded; each step can be kept as a screenshot
/// under the test output's <c>artifacts/screenshots/</c> and checked for sideways scrolling.
/// </summary>
internal sealed class PhoneBrowser : IAsyncDisposable
{
    public const int Width = 360;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly ICDPSession _cdp;

    private PhoneBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, ICDPSession cdp)
    {
        (_playwright, _browser, _context, Page, _cdp) = (playwright, browser, context, page, cdp);
        context.Request += (_, request) => Requests.Enqueue(request.Url);
        page.Dialog += (_, dialog) => Dialogs.Enqueue(dialog.Message);
    }

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public IPage Page { get; }

    /// <summary>Every URL the page requested, its subresources included.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The message of every dialog (alert, confirm) the page opened.</summary>
    public ConcurrentQueue<string> Dialogs { get; } = new();

    public static async Task<PhoneBrowser> StartAsync(bool javaScript = false)
    {
        Directory.CreateDirectory(Screenshots);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SystemChromium.ExecutablePath, Args = SystemChromium.Arguments, Headless = true,
        });
        var context = await browser.NewContextAsync(new()
        {
            JavaScriptEnabled = javaScript, ViewportSize = new() { Width = Width, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        return new PhoneBrowser(playwright, browser, context, page, await context.NewCDPSessionAsync(page));
    }

    /// <summary>Keeps a screenshot of the step and checks that the page does not scroll sideways.</summary>
    public async Task StepAsync(string name)
    {
        // The page's own scripts are off, so script runs through the DevTools protocol, as DevTools would run it. Back
        // to the top first, so sticky headings are where a reader first sees them.
        await EvaluateAsync("window.scrollTo(0, 0)");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
        var width = (await EvaluateAsync("document.scrollingElement.scrollWidth")).GetInt32();
        Assert.True(width <= Width, $"At step {name} the page is {width} px wide and scrolls sideways at {Width} px.");
    }

    /// <summary>Runs an expression in the page through the DevTools protocol, which works with the page's scripts off.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await _cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["returnByValue"] = true });
        return result!.Value.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Every request went to the host, and requests were being recorded at all (the stylesheet is one).</summary>
    public void AssertOnlyRequested(Uri host)
    {
        var origin = host.GetLeftPart(UriPartial.Authority) + "/";
        Assert.Contains(Requests, url => url.Contains("/assets/site.", StringComparison.Ordinal));
        Assert.All(Requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
