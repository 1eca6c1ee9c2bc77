namespace Appraisal.Core.Storage;

/// <summary>
/// The <c>Appraisal:Database</c> configuration section: which storage the host uses. SQLite (one file in the data
/// directory) is the default; PostgreSQL is for several hosts sharing one database.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The Npgsql connection string; required when <see cref="Provider"/> is <c>postgres</c>, unused otherwise.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The provider in lower case, checked together with what it needs, so a misconfigured host stops at start with
    /// a message that names the setting to fix.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is unknown, or PostgreSQL has no connection string.</exception>
    public string CheckedProvider()
    {
        var provider = (Provider ?? "").Trim().ToLowerInvariant();
        if (provider is not (Sqlite or Postgres))
        {
            throw new InvalidOperationException(
                $"Appraisal:Database:Provider is '{Provider}'; it must be 'sqlite' (the default) or 'postgres'.");
        }

        if (provider == Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new InvalidOperationException(
                "Appraisal:Database:Provider is 'postgres' but Appraisal:Database:ConnectionString is not set. Set it to an " +
                "Npgsql connection string, e.g. Host=db;Database=appraisal;Username=appraisal;Password=… " +
                "(or the environment variable Appraisal__Database__ConnectionString).");
        }

        return provider;
    }
}
