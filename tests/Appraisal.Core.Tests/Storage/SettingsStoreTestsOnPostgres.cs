namespace Appraisal.Core.Tests.Storage;

public sealed class SettingsStoreTestsOnPostgres() : SettingsStoreTests("postgres");
