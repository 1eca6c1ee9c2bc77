namespace Appraisal.Core.Tests.Security;

public sealed class AuditLogTestsOnSqlite() : AuditLogTests("sqlite");
