using System.Globalization;

namespace Appraisal.Host.Tests.Faults;

/// <summary>What a <see cref="CrashLoop"/> run found.</summary>
/// <param name="Cycles">Kills survived (start, cast, kill -9, verify, check).</param>
/// <param name="Acknowledged">Ballots whose receipt the host returned, resubmitted in-doubt codes included.</param>
/// <param name="Lost">Acknowledged ballots missing afterwards: code not spent, or receipt digest not in the box. Must be 0.</param>
/// <param name="SpentWithoutBallot">Most codes spent beyond the receipts and casts in the box at any check. Must be 0.</param>
/// <param name="InDoubt">Codes sent when the host died, so no answer came.</param>
/// <param name="InDoubtCounted">Of those, the ones the box had counted (their resubmission was refused as used).</param>
/// <param name="IdleKills">Cycles whose codes ran out before the kill (the host may have been idle when it died).</param>
/// <param name="Elapsed">Wall time of the whole run.</param>
/// <param name="Problems">Every broken rule, with its cycle; empty when the run passed.</param>
internal sealed record CrashLoopResult(
    int Cycles, int Acknowledged, int Lost, long SpentWithoutBallot, int InDoubt, int InDoubtCounted, int IdleKills,
    TimeSpan Elapsed, IReadOnlyList<string> Problems)
{
    /// <summary>The one line the long run prints.</summary>
    public string SummaryLine => string.Create(CultureInfo.InvariantCulture,
        $"crash loop: cycles={Cycles} acknowledged={Acknowledged} lost={Lost} spent-without-ballot={SpentWithoutBallot} " +
        $"in-doubt={InDoubt} (counted {InDoubtCounted}) idle-kills={IdleKills} problems={Problems.Count} time={Elapsed.TotalSeconds:F1}s");
}
