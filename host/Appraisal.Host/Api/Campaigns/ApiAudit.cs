using Appraisal.Core.Security;
using Appraisal.GraphQL.Types;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>Records admin and organizer actions in the append-only audit log. Never ballots, codes or voters.</summary>
internal static class ApiAudit
{
    public static Task RecordAsync(FieldContext context, Caller caller, string action, string? campaignId, object? detail) =>
        ApiAccess.Service<AuditLog>(context).AppendAsync(caller, action, campaignId, detail, CancellationToken.None);
}
