namespace Appraisal.Core.Tests.Storage;

public sealed class SettingsStoreTestsOnSqlite() : SettingsStoreTests("sqlite");
