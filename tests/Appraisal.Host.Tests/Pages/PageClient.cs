using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// A visitor of the pages without a browser: plain HTTP with a cookie jar (for the antiforgery cookie), no
/// redirects followed, every answer parsed as HTML. What a phone with JavaScript off does, minus the rendering.
/// </summary>
internal sealed class PageClient : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _http;

    public PageClient(Uri baseAddress)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<PageResponse> GetAsync(string path)
    {
        using var response = await _http.GetAsync(path.TrimStart('/'));
        return await ReadAsync(response);
    }

    /// <summary>Posts form fields (url-encoded, as a browser posts a form).</summary>
    public async Task<PageResponse> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _http.PostAsync(path.TrimStart('/'), content);
        return await ReadAsync(response);
    }

    /// <summary>Posts a body built by the test: a multipart form with a file, as a browser posts <c>enctype="multipart/form-data"</c>.</summary>
    public async Task<PageResponse> PostAsync(string path, HttpContent content)
    {
        using var response = await _http.PostAsync(path.TrimStart('/'), content);
        return await ReadAsync(response);
    }

    /// <summary>Submits the page's form as a browser would: its fields as they stand, changed by the test, and the button pressed.</summary>
    public Task<PageResponse> SubmitAsync(PageResponse page, FormValues values, string? step)
    {
        var fields = values.ToList();
        if (step is not null)
        {
            fields.Add(new("Step", step));
        }

        return PostAsync(page.FormAction, fields);
    }

    /// <summary>Posts a form with a file field as multipart/form-data, as a browser posts an upload form.</summary>
    public async Task<PageResponse> PostFileAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string fileField, string fileName, byte[] file)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        using var response = await _http.PostAsync(path.TrimStart('/'), content);
        return await ReadAsync(response);
    }

    /// <summary>Downloads a file with the client's cookies: the response, for its status, headers and bytes.</summary>
    public Task<HttpResponseMessage> DownloadAsync(string path) => _http.GetAsync(path.TrimStart('/'));

    public void Dispose() => _http.Dispose();

    private static async Task<PageResponse> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)Parser.ParseDocument(html);
        var headers = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new PageResponse(response.StatusCode, headers, response.Headers.Location, html, document);
    }
}
