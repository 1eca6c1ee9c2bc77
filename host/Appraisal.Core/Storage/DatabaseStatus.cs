namespace Appraisal.Core.Storage;

/// <summary>What <c>/healthz</c> reports about storage.</summary>
/// <param name="Provider"><c>sqlite</c> or <c>postgres</c>.</param>
/// <param name="Ready">Reachable and migrated to the version this build expects.</param>
/// <param name="SchemaVersion">The applied migration number.</param>
/// <param name="Location">The database file (SQLite) or host/database (PostgreSQL), without secrets.</param>
/// <param name="Error">Why it is not ready, or null.</param>
public sealed record DatabaseStatus(string Provider, bool Ready, int SchemaVersion, string Location, string? Error);
