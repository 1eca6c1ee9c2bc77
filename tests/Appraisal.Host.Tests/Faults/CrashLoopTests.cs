using Appraisal.Host.Tests.Support;
using Xunit.Abstractions;

namespace Appraisal.Host.Tests.Faults;

/// <summary>
/// The quick crash loop (issue 7): three kill -9 cycles while 32 voters cast, on one data directory. The long
/// one (20 cycles) is tests/bench/crash/run.sh.
/// </summary>
public sealed class CrashLoopTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Three_kills_mid_vote_lose_no_acknowledged_ballot_and_spend_no_code_without_its_ballot()
    {
        using var data = new TempDirectory();
        var seed = Random.Shared.Next();
        var loop = new CrashLoop(new CrashLoopOptions { Cycles = 3, Voters = 32, CodesPerCycle = 4000, Seed = seed }, output.WriteLine);

        var result = await loop.RunAsync(data.Path);

        output.WriteLine(result.SummaryLine);
        Assert.True(result.Problems.Count == 0, $"seed {seed}:\n" + string.Join("\n", result.Problems));
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.SpentWithoutBallot);
        Assert.True(result.Acknowledged > 0, "no ballot was acknowledged, so nothing was tested");
    }
}
