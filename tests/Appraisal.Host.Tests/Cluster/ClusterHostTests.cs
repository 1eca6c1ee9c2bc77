using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Appraisal.Host.Tests.Pages;
using Appraisal.Host.Tests.Pages.Admin;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>
/// Two hosts on one store behave as one site (issue 8): a form one host served is accepted by the other, and a plugin
/// uploaded on one host runs on the other, and goes from both when it is removed. Run on each backend by the subclasses.
/// </summary>
public abstract class ClusterHostTests
{
    protected abstract string Provider { get; }

    [Fact]
    public async Task A_form_served_by_one_host_is_accepted_by_the_other()
    {
        await using var pair = await HostPair.StartAsync(Provider);

        var answer = await PostLoginAcrossAsync(pair.A, pair.B);

        // 422 is the login page refusing the password: the antiforgery token from A passed on B (else 400).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("登录名或密码不正确。", answer.Document.GetElementById("login-error")?.TextContent);
    }

    [Fact]
    public async Task A_plugin_uploaded_on_one_host_becomes_active_on_the_other_and_removing_it_removes_it_from_both()
    {
        await using var pair = await HostPair.StartAsync(Provider);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var id = $"acme.shared-{suffix}";
        var folder = $"{id}-{await PerformanceVersionAsync()}";
        using var admin = await HostPair.SignedInAdminAsync(pair.A);

        var uploaded = await admin.PostFileAsync("/admin/plugins",
            FormValues.Of(AdminConsole.Form(await admin.GetAsync("/admin/plugins"), "plugin-upload")), "package", "plugin.zip",
            PluginZips.Declarative(id, $"shared-{suffix}"));
        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        Assert.NotNull(uploaded.Document.QuerySelector($"li[data-folder='{folder}']"));

        var onB = await PluginFolders.WaitForAsync(pair.B.Client, id, p => p?.GetProperty("status").GetString() == "Active", TimeSpan.FromSeconds(10));
        Assert.Equal("Active", onB?.GetProperty("status").GetString());
        var onA = await PluginFolders.WaitForAsync(pair.A.Client, id, p => p?.GetProperty("status").GetString() == "Active", TimeSpan.FromSeconds(10));
        Assert.Equal("Active", onA?.GetProperty("status").GetString());
        Assert.True(File.Exists(Path.Combine(pair.PluginsB, folder, "plugin.json")));
        var follower = await FollowerAsync(pair.B);
        Assert.True(follower.GetProperty("applied").GetInt64() >= 1, follower.ToString());
        Assert.Equal(JsonValueKind.Null, follower.GetProperty("lastError").ValueKind);

        var removed = await AdminConsole.SubmitAsync(admin, await admin.GetAsync("/admin/plugins"), "plugin-remove", values => values.Set("Folder", folder));
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Contains(folder, removed.Document.QuerySelector(".removed")!.TextContent, StringComparison.Ordinal);
        Assert.Null(removed.Document.QuerySelector($"li[data-folder='{folder}']"));

        foreach (var (host, plugins) in new[] { (pair.A, pair.PluginsA), (pair.B, pair.PluginsB) })
        {
            // The folder goes when the host's follower next polls (each second), and the plugin with it.
            var clock = Stopwatch.StartNew();
            while (Directory.Exists(Path.Combine(plugins, folder)) && clock.Elapsed < TimeSpan.FromSeconds(10))
            {
                await Task.Delay(100);
            }

            Assert.False(Directory.Exists(Path.Combine(plugins, folder)));
            var gone = await PluginFolders.WaitForAsync(host.Client, id, p => p?.GetProperty("status").GetString() != "Active", TimeSpan.FromSeconds(10));
            Assert.NotEqual("Active", gone?.GetProperty("status").GetString());
        }
    }

    /// <summary>Opens the login page on <paramref name="from"/> and posts its form, with that host's antiforgery cookie and token, to <paramref name="to"/>.</summary>
    internal static async Task<PageResponse> PostLoginAcrossAsync(HostProcess from, HostProcess to)
    {
        // Cookies belong to the host name, not the port, so the jar sends A's antiforgery cookie to B as a browser would
        // send it to whichever server behind the balancer answers.
        using var client = new PageClient(from.BaseAddress);
        var form = AdminConsole.Form(await client.GetAsync("/admin/login"), "login");
        var values = FormValues.Of(form).Set("Login", "nobody").Set("Password", "wrong password");
        return await client.PostAsync(new Uri(to.BaseAddress, form.GetAttribute("action")).ToString(), values);
    }

    private static async Task<JsonElement> FollowerAsync(HostProcess host) =>
        (await host.Client.GetFromJsonAsync<JsonElement>("healthz")).GetProperty("pluginPackages");

    private static async Task<string> PerformanceVersionAsync()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(PluginFolders.DeclarativePerformance, "plugin.json")));
        return manifest.RootElement.GetProperty("version").GetString()!;
    }
}
