using System.Net;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin.Plugins;

/// <summary>
/// /admin/plugins: admins see the catalog and upload a plugin package, which the catalog loads from the plugin
/// directory; a package that would write outside it is refused with nothing written; everyone else gets 404.
/// </summary>
public sealed class PluginsPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private string PluginDirectory => Path.Combine(host.DataDirectory, "plugins");

    [Fact]
    public async Task An_uploaded_declarative_plugin_becomes_active_shows_on_the_page_and_is_audited()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var id = $"acme.upload-{suffix}";
        var type = $"upload-{suffix}";
        using var client = await AdminConsole.SignedInAsync(host, await AdminConsole.CreateAccountAsync(host, "ADMIN"));
        var page = await client.GetAsync("/admin/plugins");
        Assert.Contains(page.Document.QuerySelectorAll("li[data-plugin]"), li => li.GetAttribute("data-plugin") == "appraisal.democratic-review");

        var answer = await UploadAsync(client, page, PluginZips.Declarative(id, type));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(id, answer.Document.QuerySelector(".uploaded")!.TextContent, StringComparison.Ordinal);
        var loaded = await PluginFolders.WaitForAsync(host.Host.Client, id, p => p?.GetProperty("status").GetString() == "Active", TimeSpan.FromSeconds(20));
        Assert.Equal("Active", loaded?.GetProperty("status").GetString());
        var listed = (await client.GetAsync("/admin/plugins")).Document.QuerySelector($"li[data-plugin='{id}']")!;
        Assert.Equal("Active", listed.GetAttribute("data-status"));
        Assert.Contains(type, listed.TextContent, StringComparison.Ordinal);

        var audit = await host.Admin.DataAsync("{ auditLog(limit: 50) { action detail } }");
        Assert.Contains(audit.GetProperty("auditLog").EnumerateArray(),
            e => e.GetProperty("action").GetString() == "plugin.upload" && e.GetProperty("detail").GetString()!.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_package_with_parent_directory_entries_is_refused_and_nothing_is_written()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var client = await AdminConsole.SignedInAsync(host, await AdminConsole.CreateAccountAsync(host, "ADMIN"));
        var page = await client.GetAsync("/admin/plugins");
        var before = Listing(host.DataDirectory);
        var escape = $"evil-{suffix}.txt";

        var answer = await UploadAsync(client, page, PluginZips.Declarative($"acme.slip-{suffix}", $"slip-{suffix}", ("../../" + escape, "owned"), ("pkg/../../../" + escape, "owned")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Contains("../", answer.Document.QuerySelector(".problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, Listing(host.DataDirectory));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(host.DataDirectory)!, escape)));
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(PluginDirectory, "..", "..", escape))));
    }

    [Fact]
    public async Task Anyone_but_an_admin_gets_404_no_link_and_cannot_upload()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        foreach (var role in new[] { "ORGANIZER", "OBSERVER" })
        {
            using var client = await AdminConsole.SignedInAsync(host, await AdminConsole.CreateAccountAsync(host, role));
            var page = await client.GetAsync("/admin/plugins");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Empty(page.Document.QuerySelectorAll("li[data-plugin]"));
            Assert.DoesNotContain(page.Document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/plugins");

            // A hand-made post, with a valid antiforgery token from the page's other form, writes nothing.
            var before = Listing(PluginDirectory);
            var fields = FormValues.Of(AdminConsole.Form(page, "logout")).Set("_handler", "plugin-upload");
            var answer = await client.PostFileAsync("/admin/plugins", fields, "package", "p.zip", PluginZips.Declarative($"acme.sneak-{suffix}", $"sneak-{suffix}"));
            Assert.NotEqual(HttpStatusCode.OK, answer.Status);
            Assert.Equal(before, Listing(PluginDirectory));
        }

        using var admin = await AdminConsole.SignedInAsync(host, await AdminConsole.CreateAccountAsync(host, "ADMIN"));
        Assert.Contains((await admin.GetAsync("/admin")).Document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/plugins");
    }

    private static Task<PageResponse> UploadAsync(PageClient client, PageResponse page, byte[] package)
    {
        var form = AdminConsole.Form(page, "plugin-upload");
        return client.PostFileAsync(form.GetAttribute("action")!, FormValues.Of(form), "package", "plugin.zip", package);
    }

    /// <summary>Every file and folder under <paramref name="root"/>, relative, sorted (the staging copies aside).</summary>
    private static string[] Listing(string root) =>
        [.. Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p))
            .Where(p => !p.StartsWith("staging", StringComparison.Ordinal) && !p.EndsWith(".db-wal", StringComparison.Ordinal) && !p.EndsWith(".db-shm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
