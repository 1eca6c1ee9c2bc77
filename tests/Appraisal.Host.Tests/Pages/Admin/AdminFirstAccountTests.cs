using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>On a new host nobody can sign in yet: the login page says how to make the first account, until one exists.</summary>
public sealed class AdminFirstAccountTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task The_login_page_explains_the_first_account_only_while_there_is_none()
    {
        using var client = new PageClient(host.Host.BaseAddress);
        var fresh = await client.GetAsync("/admin/login");
        var command = fresh.Document.QuerySelector("pre")!.TextContent;
        Assert.Contains("createAccount", command, StringComparison.Ordinal);
        Assert.Contains("Bearer <admin key>", command, StringComparison.Ordinal);

        await AdminConsole.CreateAccountAsync(host, "ADMIN");

        Assert.Null((await client.GetAsync("/admin/login")).Document.QuerySelector("pre"));
    }
}
