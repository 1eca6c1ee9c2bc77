using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Pages;
using Appraisal.Host.Tests.Pages.Admin;
using Appraisal.Host.Tests.Support;
using Appraisal.Tests.Postgres;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>
/// Two real hosts on one store, as behind a load balancer, each with a plugin folder of its own: on SQLite they share
/// one data directory (so one database file), on PostgreSQL one database with a data directory each. Host B starts
/// once A is healthy, as a rolling start would.
/// </summary>
internal sealed class HostPair : IAsyncDisposable
{
    private readonly List<TempDirectory> _directories;

    private HostPair(HostProcess a, HostProcess b, string dataDirectoryA, string pluginsA, string pluginsB, List<TempDirectory> directories)
    {
        (A, B, DataDirectoryA, PluginsA, PluginsB, _directories) = (a, b, dataDirectoryA, pluginsA, pluginsB, directories);
    }

    /// <summary>Host A's data directory: on SQLite, where the shared database file is.</summary>
    public string DataDirectoryA { get; }

    public HostProcess A { get; }

    public HostProcess B { get; }

    public string PluginsA { get; }

    public string PluginsB { get; }

    /// <summary>Starts two hosts on one new store of <paramref name="provider"/> (<c>sqlite</c> or <c>postgres</c>).</summary>
    public static async Task<HostPair> StartAsync(string provider, params string[] arguments)
    {
        var directories = new List<TempDirectory> { new(), new(), new() };
        var (dataA, dataB) = (directories[0].Path, directories[0].Path);
        string[] storage = [];
        if (provider == "postgres")
        {
            directories.Add(new TempDirectory());
            dataB = directories[3].Path;
            var server = await PostgresServer.GetAsync();
            storage = ["--Appraisal:Database:Provider=postgres", $"--Appraisal:Database:ConnectionString={await server.CreateDatabaseAsync()}"];
        }

        string[] common = [.. CampaignHost.Arguments, .. storage, .. arguments];
        var a = HostProcess.Start(dataA, [.. common, $"--Appraisal:PluginDirectory={directories[1].Path}"]);
        HostProcess? b = null;
        try
        {
            await a.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            b = HostProcess.Start(dataB, [.. common, $"--Appraisal:PluginDirectory={directories[2].Path}"]);
            await b.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            return new HostPair(a, b, dataA, directories[1].Path, directories[2].Path, directories);
        }
        catch
        {
            await a.DisposeAsync();
            if (b is not null)
            {
                await b.DisposeAsync();
            }

            directories.ForEach(d => d.Dispose());
            throw;
        }
    }

    /// <summary>A console client on <paramref name="host"/>, signed in as a new admin account created with the admin key.</summary>
    public static async Task<PageClient> SignedInAdminAsync(HostProcess host)
    {
        var login = $"admin-{Guid.NewGuid():N}"[..24];
        await new GraphQLClient(host.Client, CampaignHost.AdminKey).DataAsync(
            "mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }",
            new { i = new { login, displayName = "集群管理员", role = "ADMIN", password = AdminConsole.Password } });
        var client = new PageClient(host.BaseAddress);
        var answer = await AdminConsole.SignInAsync(client, login, AdminConsole.Password);
        if (AdminConsole.Target(answer) != "/admin")
        {
            client.Dispose();
            throw new InvalidOperationException($"Login failed with {answer.Status}");
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        _directories.ForEach(d => d.Dispose());
    }
}
