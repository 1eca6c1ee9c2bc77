using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class BallotCodeTransitionsTests
{
    [Theory]
    [InlineData(BallotCodeState.Unused, BallotCodeState.Spent, true)]
    [InlineData(BallotCodeState.Unused, BallotCodeState.Voided, true)]
    [InlineData(BallotCodeState.Unused, BallotCodeState.Unused, false)]
    [InlineData(BallotCodeState.Spent, BallotCodeState.Spent, false)]
    [InlineData(BallotCodeState.Spent, BallotCodeState.Voided, false)]
    [InlineData(BallotCodeState.Spent, BallotCodeState.Unused, false)]
    [InlineData(BallotCodeState.Voided, BallotCodeState.Voided, false)]
    [InlineData(BallotCodeState.Voided, BallotCodeState.Spent, false)]
    [InlineData(BallotCodeState.Voided, BallotCodeState.Unused, false)]
    public void Only_an_unused_code_may_change_and_only_forward(BallotCodeState from, BallotCodeState to, bool allowed)
    {
        Assert.Equal(allowed, BallotCodeTransitions.IsAllowed(from, to));
        var refusal = Record.Exception(() => BallotCodeTransitions.EnsureAllowed(from, to));
        if (allowed)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.IsType<InvalidOperationException>(refusal);
        }
    }

    [Fact]
    public void A_spent_code_is_refused_as_already_used()
    {
        var refusal = Assert.Throws<InvalidOperationException>(
            () => BallotCodeTransitions.EnsureAllowed(BallotCodeState.Spent, BallotCodeState.Spent));
        Assert.Contains("already been used", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voided_code_is_refused_as_voided()
    {
        var refusal = Assert.Throws<InvalidOperationException>(
            () => BallotCodeTransitions.EnsureAllowed(BallotCodeState.Voided, BallotCodeState.Spent));
        Assert.Contains("has been voided", refusal.Message, StringComparison.Ordinal);
    }
}
