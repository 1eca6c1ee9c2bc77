using System.Text.RegularExpressions;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// An antiforgery cookie and the form token that pairs with it, read from a ballot page once: the pair is not
/// tied to a page or a code, so every fuzzed post can carry it (or leave either out on purpose).
/// </summary>
internal sealed partial record Antiforgery(string Cookie, string Token)
{
    public static async Task<Antiforgery> FetchAsync(HttpClient client, string code)
    {
        using var response = await client.GetAsync(new Uri(client.BaseAddress!, "b/" + code));
        var html = await response.Content.ReadAsStringAsync();
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).First(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal))
            : throw new InvalidOperationException($"No antiforgery cookie with the ballot page ({(int)response.StatusCode}).");
        var token = TokenPattern().Match(html) is { Success: true } match
            ? System.Net.WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("No antiforgery token in the ballot page.");
        return new Antiforgery(cookie, token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"(?<token>[^\"]+)\"|value=\"(?<token>[^\"]+)\"[^>]*?name=\"__RequestVerificationToken\"")]
    private static partial Regex TokenPattern();
}
