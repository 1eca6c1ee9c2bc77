namespace Appraisal.Core.Tests.Security;

public sealed class AccountStoreTestsOnPostgres() : AccountStoreTests("postgres");
