using Appraisal.Core.Distribution;
using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Tests.Distribution;

public sealed class DrawRecordTests
{
    private static readonly Dictionary<string, string> Parameters = new() { ["subjectsPerRater"] = "10" };

    [Fact]
    public void Commit_KeepsOnlyTheCommitment_UntilReveal()
    {
        var seed = DrawSeed.Create();

        var committed = DrawRecord.Commit(DistributionStrategies.BalancedPeer, Parameters, seed);

        Assert.Equal(seed.Commitment, committed.Commitment);
        Assert.Null(committed.RevealedSeed);
        Assert.False(committed.IsVerified);
        Assert.Throws<InvalidOperationException>(committed.RevealedDrawSeed);
    }

    [Fact]
    public void Reveal_WithTheCommittedSeed_AllowsReproduction()
    {
        var seed = DrawSeed.Create();

        var revealed = DrawRecord.Commit(DistributionStrategies.ShuffledSlips, Parameters, seed).Reveal(seed);

        Assert.True(revealed.IsVerified);
        Assert.Equal(seed.Hex, revealed.RevealedDrawSeed().Hex);
    }

    [Fact]
    public void Reveal_WithAnotherSeed_IsRefused()
    {
        var committed = DrawRecord.Commit(DistributionStrategies.ShuffledSlips, Parameters, DrawSeed.Create());

        Assert.Throws<ArgumentException>(() => committed.Reveal(DrawSeed.Create()));
    }

    [Fact]
    public void TamperedRevealedSeed_IsNotVerified()
    {
        var committed = DrawRecord.Commit(DistributionStrategies.ShuffledSlips, Parameters, DrawSeed.Create());

        var tampered = committed with { RevealedSeed = DrawSeed.Create().Hex };

        Assert.False(tampered.IsVerified);
        Assert.Throws<InvalidOperationException>(tampered.RevealedDrawSeed);
    }

    [Fact]
    public void Commit_RefusesAnUnknownStrategy() =>
        Assert.Throws<ArgumentException>(() => DrawRecord.Commit("lottery", Parameters, DrawSeed.Create()));
}
