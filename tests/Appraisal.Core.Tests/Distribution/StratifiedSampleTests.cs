using Appraisal.Core.Distribution;

namespace Appraisal.Core.Tests.Distribution;

public sealed class StratifiedSampleTests
{
    // 35 市县干部, 35 镇村干部, 30 群众.
    private static readonly RosterEntry[] Roster =
    [
        .. Enumerable.Range(0, 35).Select(i => new RosterEntry($"county-{i:D2}", "county")),
        .. Enumerable.Range(0, 35).Select(i => new RosterEntry($"town-{i:D2}", "town")),
        .. Enumerable.Range(0, 30).Select(i => new RosterEntry($"public-{i:D2}", "public")),
    ];

    [Fact]
    public void Proportional_DrawsTheLargestRemainderCountFromEachStratum()
    {
        var result = StratifiedSample.Draw(DrawSeed.Create(), Roster, SampleAllocation.Proportional(10));

        // Shares 3.5 / 3.5 / 3.0: the tie goes to the ordinally smaller key, "county".
        Assert.Equal(4, result.Allocation["county"]);
        Assert.Equal(3, result.Allocation["town"]);
        Assert.Equal(3, result.Allocation["public"]);
        Assert.Equal(10, result.Selected.Count);
        foreach (var (stratum, count) in result.Allocation)
        {
            Assert.Equal(count, result.Selected.Count(e => e.Stratum == stratum));
        }
    }

    [Fact]
    public void Fixed_TakesExactlyTheQuota_AndNobodyFromUnnamedStrata()
    {
        var allocation = SampleAllocation.Fixed(new Dictionary<string, int> { ["county"] = 2, ["public"] = 30 });

        var result = StratifiedSample.Draw(DrawSeed.Create(), Roster, allocation);

        Assert.Equal(2, result.Selected.Count(e => e.Stratum == "county"));
        Assert.Equal(30, result.Selected.Count(e => e.Stratum == "public"));
        Assert.DoesNotContain(result.Selected, e => e.Stratum == "town");
        Assert.Equal(0, result.Allocation["town"]);
    }

    [Fact]
    public void SamplingTheWholeRoster_TakesEveryoneExactlyOnce()
    {
        var result = StratifiedSample.Draw(DrawSeed.Create(), Roster, SampleAllocation.Proportional(Roster.Length));

        Assert.Equal(Roster.Select(e => e.Id).Order(StringComparer.Ordinal), result.Selected.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SameSeed_ReproducesTheSample_WhateverTheRosterOrder()
    {
        var seed = DrawSeed.Create();

        var first = StratifiedSample.Draw(seed, Roster, SampleAllocation.Proportional(20));
        var again = StratifiedSample.Draw(DrawSeed.FromHex(seed.Hex), Roster.Reverse().ToArray(), SampleAllocation.Proportional(20));
        var other = StratifiedSample.Draw(DrawSeed.Create(), Roster, SampleAllocation.Proportional(20));

        Assert.Equal(first.Selected, again.Selected);
        Assert.NotEqual(first.Selected, other.Selected);
    }

    [Fact]
    public void FixedQuotaAboveTheStratumSize_IsInfeasible()
    {
        var allocation = SampleAllocation.Fixed(new Dictionary<string, int> { ["public"] = 31 });

        var error = Assert.Throws<DrawInfeasibleException>(() => StratifiedSample.Draw(DrawSeed.Create(), Roster, allocation));

        Assert.Contains("'public' has 30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleLargerThanTheRoster_IsInfeasible() =>
        Assert.Throws<DrawInfeasibleException>(() => StratifiedSample.Draw(DrawSeed.Create(), Roster, SampleAllocation.Proportional(101)));

    [Fact]
    public void DuplicateRosterId_IsRejected() =>
        Assert.Throws<ArgumentException>(() => StratifiedSample.Draw(
            DrawSeed.Create(), [new RosterEntry("a", "x"), new RosterEntry("a", "y")], SampleAllocation.Proportional(1)));
}
