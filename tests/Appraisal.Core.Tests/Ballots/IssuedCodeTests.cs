using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class IssuedCodeTests
{
    [Fact]
    public void A_new_code_is_unused_and_spending_it_returns_a_spent_copy()
    {
        var issued = new IssuedCode(BallotCode.Generate(), "members");

        var spent = issued.Spend();

        Assert.Equal(BallotCodeState.Unused, issued.State);
        Assert.Equal(BallotCodeState.Spent, spent.State);
        Assert.Equal(issued.Code, spent.Code);
        Assert.Equal("members", spent.RaterGroupKey);
    }

    [Fact]
    public void A_code_cannot_be_spent_twice()
    {
        var spent = new IssuedCode(BallotCode.Generate(), "members").Spend();

        Assert.Throws<InvalidOperationException>(spent.Spend);
        Assert.Throws<InvalidOperationException>(spent.Void);
    }

    [Fact]
    public void A_voided_code_cannot_be_spent()
    {
        var voided = new IssuedCode(BallotCode.Generate(), "public").Void();

        Assert.Equal(BallotCodeState.Voided, voided.State);
        Assert.Throws<InvalidOperationException>(voided.Spend);
    }

    [Fact]
    public void A_code_stored_as_spent_stays_spent()
    {
        var stored = new IssuedCode(BallotCode.Generate(), "members", state: BallotCodeState.Spent);

        Assert.Throws<InvalidOperationException>(stored.Spend);
    }

    [Fact]
    public void Bound_subjects_are_kept_as_issued_and_not_shared_with_the_caller()
    {
        var subjects = new List<string> { "m-03", "m-11" };
        var issued = new IssuedCode(BallotCode.Generate(), "members", subjects);
        subjects.Add("m-20");

        Assert.True(issued.IsBound);
        Assert.Equal(["m-03", "m-11"], issued.BoundSubjectIds);
        Assert.False(new IssuedCode(BallotCode.Generate(), "members").IsBound);
    }

    [Fact]
    public void Duplicate_or_blank_subjects_and_a_blank_group_are_refused()
    {
        var code = BallotCode.Generate();

        Assert.Throws<ArgumentException>(() => new IssuedCode(code, "members", ["m-03", "m-03"]));
        Assert.Throws<ArgumentException>(() => new IssuedCode(code, "members", ["m-03", " "]));
        Assert.Throws<ArgumentException>(() => new IssuedCode(code, " "));
    }
}
