using Appraisal.Core.Storage;

namespace Appraisal.Core.Tests.Cluster;

/// <summary>A fresh SQLite database in a temporary directory, migrated by <see cref="InitializeAsync"/>; one per test.</summary>
public sealed class ClusterDatabase : IAsyncLifetime
{
    private readonly TestDirectory _directory = new();

    public ClusterDatabase() => Database = new SqliteDatabase(_directory.Path);

    public SqliteDatabase Database { get; }

    public Task InitializeAsync() => Database.MigrateAsync();

    public async Task DisposeAsync()
    {
        await Database.DisposeAsync();
        _directory.Dispose();
    }
}
