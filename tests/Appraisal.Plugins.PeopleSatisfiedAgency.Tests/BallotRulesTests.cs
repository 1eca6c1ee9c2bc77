using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>The type's ballot rules beyond the host's checks.</summary>
public sealed class BallotRulesTests
{
    private static IReadOnlyList<BallotProblem> Check(AnonymousBallot ballot, Dictionary<string, string> settings) =>
        AgencyType.Rules.Check(new BallotCheck(Core, [Agency("tax"), Agency("fee")], ballot, settings));

    [Fact]
    public void An_agency_must_not_rate_itself_in_peer_review()
    {
        var problems = Check(Sheet("peers", "tax", "SS"), new() { ["self"] = "tax" });

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("SELF_RATING", p.Code));
    }

    [Fact]
    public void Uniform_ballots_are_accepted_by_default()
    {
        Assert.Empty(Check(Unbound("public", ("tax", "SSSSSS"), ("fee", "SSSSSS")), []));
    }

    [Fact]
    public void Uniform_ballots_can_be_refused()
    {
        Dictionary<string, string> reject = new() { ["uniformBallots"] = "reject" };

        Assert.Equal("UNIFORM_ANSWERS", Assert.Single(Check(Unbound("public", ("tax", "SSSUSS"), ("fee", "SS")), reject)).Code);
        Assert.Empty(Check(Unbound("public", ("tax", "SSSSSS"), ("fee", "SF")), reject));
        // A single scored answer says too little to call it uniform.
        Assert.Empty(Check(Unbound("public", ("tax", "SUUUUU")), reject));
    }
}
