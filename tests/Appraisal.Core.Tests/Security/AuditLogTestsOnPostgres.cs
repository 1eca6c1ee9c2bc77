namespace Appraisal.Core.Tests.Security;

public sealed class AuditLogTestsOnPostgres() : AuditLogTests("postgres");
