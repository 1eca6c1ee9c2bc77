using Appraisal.Core.Ballots;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;

namespace Appraisal.Host.CommandLine;

/// <summary>What <c>verify</c> checks on one database, shared with <c>migrate-data</c>: the ballot boxes and the audit log's hash chain.</summary>
internal static class DataCheck
{
    public static async Task<(BoxVerification Boxes, IReadOnlyList<string> Problems)> RunAsync(IAppraisalDatabase database, CancellationToken ct)
    {
        var boxes = await new BoxVerifier(database).VerifyAsync(ct);
        var problems = boxes.Problems.ToList();
        if (await new AuditLog(database).VerifyAsync(ct) is { } brokenAt)
        {
            problems.Add($"audit log: the hash chain breaks at entry {brokenAt}");
        }

        return (boxes, problems);
    }
}
