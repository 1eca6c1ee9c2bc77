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

    /// <summary>Prints each problem, then <paramref name="ok"/> or the count of problems; returns the exit code, 0 or 1.</summary>
    public static int Print(IReadOnlyList<string> problems, string ok)
    {
        foreach (var problem in problems)
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(problems.Count == 0 ? ok : $"FAILED: {problems.Count} problems.");
        return problems.Count == 0 ? 0 : 1;
    }
}
