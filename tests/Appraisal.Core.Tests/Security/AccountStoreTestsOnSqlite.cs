namespace Appraisal.Core.Tests.Security;

public sealed class AccountStoreTestsOnSqlite() : AccountStoreTests("sqlite");
