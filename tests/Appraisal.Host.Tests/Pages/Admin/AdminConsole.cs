using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>
/// What the console tests do as staff: make an account with the admin key (as an operator would), sign a browser-like
/// client in through the login page, and submit one of a page's forms by its name.
/// </summary>
internal static partial class AdminConsole
{
    public const string Password = "correct horse battery";

    public const string CookieName = "appraisal-admin";

    /// <summary>Creates an account with a fresh login (role ADMIN, ORGANIZER or OBSERVER); returns the login.</summary>
    public static async Task<string> CreateAccountAsync(CampaignHost host, string role, string name = "测试用户")
    {
        var login = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        await host.Admin.DataAsync(
            "mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }",
            new { i = new { login, displayName = name, role, password = Password } });
        return login;
    }

    /// <summary>The same person through the API: a GraphQL client with a session token of <paramref name="login"/>.</summary>
    public static async Task<GraphQLClient> ApiAsync(CampaignHost host, string login)
    {
        var data = await host.Anonymous.DataAsync(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }", new { l = login, p = Password });
        return new GraphQLClient(host.Host.Client, data.GetProperty("login").GetProperty("token").GetString());
    }

    /// <summary>A 人民满意机关 draft of <paramref name="login"/> over the three agencies of <see cref="AgencyCampaign"/>, with <paramref name="groups"/>.</summary>
    public static async Task<(string Id, CampaignScript Script)> AgencyDraftAsync(CampaignHost host, string login, string title, params object[] groups)
    {
        var script = new CampaignScript(await ApiAsync(host, login), host.Anonymous);
        var id = await script.CreateAsync(CampaignScript.AgencyType, title);
        await script.AddSubjectsAsync(id, AgencyCampaign.Agencies.Select(a => (object)new { id = a, name = $"单位{a}" }));
        if (groups.Length > 0)
        {
            await script.AddGroupsAsync(id, groups);
        }

        return (id, script);
    }

    /// <summary>A campaign's status as the API reports it (DRAFT, OPEN, …).</summary>
    public static async Task<string> StatusAsync(CampaignHost host, string campaignId)
    {
        var data = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { status } }", new { id = campaignId });
        return data.GetProperty("campaign").GetProperty("status").GetString()!;
    }

    /// <summary>A client signed in as <paramref name="login"/>; the answer to the login post is a redirect to /admin.</summary>
    public static async Task<PageClient> SignedInAsync(CampaignHost host, string login)
    {
        var client = new PageClient(host.Host.BaseAddress);
        var answer = await SignInAsync(client, login, Password);
        if (Target(answer) != "/admin")
        {
            client.Dispose();
            throw new InvalidOperationException($"Login failed with {answer.Status}: {answer.Html}");
        }

        return client;
    }

    /// <summary>Where a redirect leads, as path and query.</summary>
    public static string? Target(PageResponse response) =>
        response.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    /// <summary>Opens the login page (<paramref name="query"/> appended) and posts its form.</summary>
    public static async Task<PageResponse> SignInAsync(PageClient client, string login, string password, string query = "")
    {
        var page = await client.GetAsync("/admin/login" + query);
        return await SubmitAsync(client, page, "login", values => values.Set("Login", login).Set("Password", password));
    }

    /// <summary>The page's form whose Blazor form name is <paramref name="name"/>.</summary>
    public static IHtmlFormElement Form(PageResponse page, string name) =>
        page.Document.QuerySelectorAll<IHtmlFormElement>("form")
            .Single(f => f.QuerySelectorAll<IHtmlInputElement>("input[name=_handler]").Any(i => i.Value == name));

    /// <summary>Submits the named form with its fields as they stand, changed by <paramref name="fill"/>.</summary>
    public static Task<PageResponse> SubmitAsync(PageClient client, PageResponse page, string name, Action<FormValues>? fill = null)
    {
        var form = Form(page, name);
        var values = FormValues.Of(form);
        fill?.Invoke(values);
        return client.PostAsync(form.GetAttribute("action")!, values);
    }

    /// <summary>The attributes of the session cookie a response sets (lower-cased names; value under "value"), or null.</summary>
    public static IReadOnlyDictionary<string, string>? SessionCookie(PageResponse response)
    {
        // The header joins several Set-Cookie lines with ", "; an expiry date has a comma of its own, taken out first.
        var lines = ExpiresComma().Replace(response.Header("Set-Cookie"), "expires=").Split(", ");
        var line = lines.FirstOrDefault(l => l.StartsWith(CookieName + "=", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var parts = line.Split(';', StringSplitOptions.TrimEntries);
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["value"] = parts[0][(CookieName.Length + 1)..] };
        foreach (var part in parts.Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            attributes[equals < 0 ? part : part[..equals]] = equals < 0 ? "" : part[(equals + 1)..];
        }

        return attributes;
    }

    [GeneratedRegex(@"expires=[A-Za-z]{3}, ", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiresComma();
}
