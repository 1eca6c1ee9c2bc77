using System.Net;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>
/// The login page draws on the API's login limits (10 a minute per login name, burst 10; 60 a minute per address,
/// burst 30), so it is no way around them. The class has a host of its own (a class fixture), so other tests' logins
/// do not use up the address's burst.
/// </summary>
public sealed class AdminLoginLimitTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Guessing_one_login_is_stopped_and_then_even_the_right_password_is_refused()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        using var client = new PageClient(host.Host.BaseAddress);

        // The burst of 10 goes through, then guesses are refused; how many more get through depends on how long the
        // hashing took (one permit comes back every 6 s), so the loop stops at the first refusal.
        var allowed = 0;
        PageResponse answer;
        while ((answer = await AdminConsole.SignInAsync(client, login, "guess-" + allowed)).Status == HttpStatusCode.UnprocessableEntity)
        {
            allowed++;
            Assert.InRange(allowed, 1, 30);
        }

        Assert.InRange(allowed, 10, 30);
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
        var limited = await AdminConsole.SignInAsync(client, login, AdminConsole.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("登录尝试过于频繁，请稍后再试。", limited.Document.GetElementById("login-error")!.TextContent);
        Assert.Null(AdminConsole.SessionCookie(limited));

        // The API's login counts the same attempts: the page is no way around its limit, nor the API around the page's.
        var api = await host.Anonymous.SendAsync(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }", new { l = login, p = AdminConsole.Password });
        Assert.Equal("RATE_LIMITED", Support.GraphQLClient.ErrorCode(api));
    }
}
