namespace Appraisal.Core.Tests.Storage;

public sealed class SqlitePluginStateStoreTestsOnSqlite() : SqlitePluginStateStoreTests("sqlite");
