using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>The pair on one SQLite file, and what the key ring looks like at rest with and without a secret.</summary>
public sealed class ClusterHostTestsOnSqlite : ClusterHostTests
{
    protected override string Provider => "sqlite";

    [Fact]
    public async Task Hosts_on_separate_databases_refuse_each_others_forms()
    {
        using var dataA = new TempDirectory();
        using var dataB = new TempDirectory();
        await using var a = HostProcess.Start(dataA.Path, CampaignHost.Arguments);
        await using var b = HostProcess.Start(dataB.Path, CampaignHost.Arguments);
        await a.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        await b.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));

        var answer = await PostLoginAcrossAsync(a, b);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("<masterKey", Assert.Single(await KeyRowsAsync(dataA.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_key_ring_secret_the_keys_are_stored_encrypted_and_both_hosts_still_read_them()
    {
        await using var pair = await HostPair.StartAsync(Provider, "--Appraisal:KeyRingSecret=correct horse battery staple");

        var answer = await PostLoginAcrossAsync(pair.A, pair.B);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        var key = Assert.Single(await KeyRowsAsync(pair.DataDirectoryA));
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
        Assert.Contains("KeyRingSecretDecryptor", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_package_that_fails_its_hash_is_not_installed_and_healthz_says_why()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path, CampaignHost.Arguments);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));

        // As if the row were altered in the database: the bytes are not those the hash was taken of.
        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data.Path, "appraisal.db"), Pooling = false };
        await using (var connection = new SqliteConnection(file.ToString()))
        {
            await connection.ExecuteAsync(
                """
                UPDATE plugin_revision SET value = 1;
                INSERT INTO plugin_packages (revision, plugin_id, version, folder, sha256, content, uploaded_by, uploaded_at)
                VALUES (1, 'acme.altered', '1.0.0', 'acme.altered-1.0.0', 'deadbeef', x'504b0506', 'test', '2026-12-07T08:00:00Z')
                """);
        }

        var status = await WaitForFollowerAsync(host, s => s.GetProperty("lastError").ValueKind == JsonValueKind.String);

        Assert.Contains("SHA-256", status.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, status.GetProperty("revision").GetInt64());
        Assert.Equal(0, status.GetProperty("applied").GetInt64());
        Assert.False(Directory.Exists(Path.Combine(data.Path, "plugins", "acme.altered-1.0.0")));
    }

    /// <summary>The host's <c>pluginPackages</c> in <c>/healthz</c> once <paramref name="done"/> holds, or the last seen after 10 s.</summary>
    private static async Task<JsonElement> WaitForFollowerAsync(HostProcess host, Func<JsonElement, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = (await host.Client.GetFromJsonAsync<JsonElement>("healthz")).GetProperty("pluginPackages");
            if (done(status) || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                return status;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The XML of every stored data-protection key, read from the host's database file as anyone with the file could.</summary>
    private static async Task<List<string>> KeyRowsAsync(string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "appraisal.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        return [.. await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys")];
    }
}
