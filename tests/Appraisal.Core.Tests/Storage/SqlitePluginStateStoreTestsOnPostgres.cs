namespace Appraisal.Core.Tests.Storage;

public sealed class SqlitePluginStateStoreTestsOnPostgres() : SqlitePluginStateStoreTests("postgres");
