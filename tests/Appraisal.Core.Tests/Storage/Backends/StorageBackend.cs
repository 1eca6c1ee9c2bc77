using Appraisal.Core.Storage;

namespace Appraisal.Core.Tests.Storage.Backends;

/// <summary>
/// One empty store of one provider for a test: a SQLite data directory or a PostgreSQL database of its own. Every
/// <see cref="OpenAsync"/> opens another instance on the same store, which is how a test restarts a host or runs two.
/// </summary>
public abstract class StorageBackend : IAsyncDisposable
{
    private readonly List<IAppraisalDatabase> _opened = [];

    /// <summary>A new empty store of <paramref name="provider"/>: <c>sqlite</c> or <c>postgres</c>.</summary>
    public static async Task<StorageBackend> CreateAsync(string provider) =>
        provider == "postgres" ? await PostgresBackend.CreateAsync() : new SqliteBackend();

    /// <summary><c>sqlite</c> or <c>postgres</c>, as <see cref="IAppraisalDatabase.Provider"/>.</summary>
    public abstract string Provider { get; }

    /// <summary>A new, not yet migrated instance on this store; disposed with the backend unless the test does it first.</summary>
    public IAppraisalDatabase Open()
    {
        var database = Create();
        _opened.Add(database);
        return database;
    }

    /// <summary>A new instance, migrated.</summary>
    public async Task<IAppraisalDatabase> OpenAsync()
    {
        var database = Open();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>Migrates <paramref name="database"/> and returns how many scripts this instance applied.</summary>
    public abstract Task<int> MigrateCountingAsync(IAppraisalDatabase database);

    /// <summary>Records <paramref name="version"/> as the store's schema version, as a newer build would.</summary>
    public abstract Task SetSchemaVersionAsync(IAppraisalDatabase database, int version);

    /// <summary>Runs <paramref name="sql"/> on a connection of its own, outside every database instance; returns the rows changed.</summary>
    public abstract Task<int> TamperAsync(string sql, object? parameters = null);

    /// <summary>The newest migration this build has for the provider.</summary>
    public abstract int LatestVersion { get; }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await DeleteStoreAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract IAppraisalDatabase Create();

    protected abstract ValueTask DeleteStoreAsync();
}
