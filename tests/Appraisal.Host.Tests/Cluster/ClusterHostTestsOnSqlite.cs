using System.Net;
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

    /// <summary>The XML of every stored data-protection key, read from the host's database file as anyone with the file could.</summary>
    private static async Task<List<string>> KeyRowsAsync(string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "appraisal.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        return [.. await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys")];
    }
}
