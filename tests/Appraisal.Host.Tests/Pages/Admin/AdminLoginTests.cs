using System.Globalization;
using System.Net;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>Signing in and out of the console: the cookie, one message for every failure, antiforgery, redirects.</summary>
public sealed class AdminLoginTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_session_cookie_for_admin_pages_and_leads_back_to_the_page_asked_for()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER", "王组织");
        using var client = new PageClient(host.Host.BaseAddress);

        var asked = await client.GetAsync("/admin?lang=zh");
        Assert.Equal(HttpStatusCode.Redirect, asked.Status);
        Assert.Equal("/admin/login?return=%2Fadmin%3Flang%3Dzh", AdminConsole.Target(asked));

        var signedIn = await AdminConsole.SignInAsync(client, login, AdminConsole.Password, "?return=%2Fadmin%3Flang%3Dzh");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal("/admin?lang=zh", AdminConsole.Target(signedIn));

        var cookie = AdminConsole.SessionCookie(signedIn)!;
        Assert.True(cookie.ContainsKey("httponly"));
        Assert.Equal("strict", cookie["samesite"], ignoreCase: true);
        Assert.Equal("/admin", cookie["path"]);
        Assert.False(cookie.ContainsKey("secure"), "plain HTTP: a Secure cookie would never come back");

        // It expires with the session (12 h), not with the browser and not later than the session.
        var expires = DateTimeOffset.Parse(cookie["expires"], CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(11.9), TimeSpan.FromHours(12));

        // The cookie is the API's session token: the same person, the same rights.
        var me = await new GraphQLClient(host.Host.Client, cookie["value"]).DataAsync("{ me { role displayName } }");
        Assert.Equal("王组织", me.GetProperty("me").GetProperty("displayName").GetString());

        var home = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("王组织", home.Document.QuerySelector(".adm .who")!.ChildNodes.Last(n => n.NodeType == AngleSharp.Dom.NodeType.Text).TextContent.Trim());
        Assert.Equal("组织者", home.Document.QuerySelector(".adm .role")!.TextContent);
        Assert.Contains("no-store", home.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("no-referrer", home.Header("Referrer-Policy"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_login_get_the_same_answer_and_no_cookie()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        using var client = new PageClient(host.Host.BaseAddress);

        var wrong = await AdminConsole.SignInAsync(client, login, "not the password");
        var unknown = await AdminConsole.SignInAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], AdminConsole.Password);

        foreach (var answer in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
            Assert.Equal("登录名或密码不正确。", answer.Document.GetElementById("login-error")!.TextContent);
            Assert.Null(AdminConsole.SessionCookie(answer));
            Assert.Null(answer.Document.QuerySelector("input[name=Password]")!.GetAttribute("value"));
        }

        Assert.Equal(login, wrong.Document.GetElementById("login")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task A_return_address_outside_the_console_is_not_followed()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        foreach (var target in new[] { "https://evil.example/admin", "//evil.example/admin", "/\\evil.example", "/b/ABC", "/administrator" })
        {
            using var client = new PageClient(host.Host.BaseAddress);
            var answer = await AdminConsole.SignInAsync(client, login, AdminConsole.Password, "?return=" + Uri.EscapeDataString(target));
            Assert.Equal("/admin", AdminConsole.Target(answer));
        }
    }

    [Fact]
    public async Task Posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        using var client = await AdminConsole.SignedInAsync(host, login);

        var signIn = await client.PostAsync("/admin/login", [new("_handler", "login"), new("Login", login), new("Password", AdminConsole.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.Status);
        Assert.Null(AdminConsole.SessionCookie(signIn));

        var signOut = await client.PostAsync("/admin/logout", [new("_handler", "logout")]);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_not_only_in_the_browser()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ADMIN");
        using var client = new PageClient(host.Host.BaseAddress);
        var token = AdminConsole.SessionCookie(await AdminConsole.SignInAsync(client, login, AdminConsole.Password))!["value"];
        var home = await client.GetAsync("/admin");

        var signedOut = await AdminConsole.SubmitAsync(client, home, "logout");

        Assert.Equal("/admin/login", AdminConsole.Target(signedOut));
        Assert.Equal("", AdminConsole.SessionCookie(signedOut)!["value"]);
        var me = await new GraphQLClient(host.Host.Client, token).DataAsync("{ me { role } }");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("me").ValueKind);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task The_admin_key_is_no_password_for_the_console()
    {
        using var client = new PageClient(host.Host.BaseAddress);
        var answer = await AdminConsole.SignInAsync(client, "admin", CampaignHost.AdminKey);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
    }
}
