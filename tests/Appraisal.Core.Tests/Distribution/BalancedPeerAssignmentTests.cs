using Appraisal.Core.Distribution;
using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Tests.Distribution;

public sealed class BalancedPeerAssignmentTests
{
    // Peer review: 200 members rate each other, 10 each; 20 offices of 10 people.
    private static readonly string[] Members = Enumerable.Range(1, 200).Select(i => $"m{i:D3}").ToArray();
    private static readonly Dictionary<string, string> OfficeOf = Members.ToDictionary(m => m, m => $"office-{int.Parse(m[1..]) % 20}");

    private static BalancedPeerRequest PeerReview(IReadOnlyList<string>? members = null) => new()
    {
        Raters = members ?? Members,
        Subjects = members ?? Members,
        SubjectsPerRater = 10,
        ExclusionGroupOf = OfficeOf,
    };

    [Fact]
    public void PeerReview_200By10_IsBalanced_WithoutSelfRatingOrSameOffice()
    {
        var assignment = BalancedPeerAssignment.Draw(DrawSeed.Create(), PeerReview());

        Assert.Equal(200, assignment.SubjectsByRater.Count);
        foreach (var (rater, subjects) in assignment.SubjectsByRater)
        {
            Assert.Equal(10, subjects.Distinct().Count());
            Assert.DoesNotContain(rater, subjects);
            Assert.DoesNotContain(subjects, s => OfficeOf[s] == OfficeOf[rater]);
        }
        var actual = Members.ToDictionary(m => m, m => assignment.SubjectsByRater.Values.Count(list => list.Contains(m)));
        Assert.Equal(actual, assignment.RaterCountBySubject);
        Assert.All(actual.Values, count => Assert.InRange(count, 9, 11));    // mean 200 · 10 / 200 = 10
    }

    [Fact]
    public void RevealedSeed_ReproducesTheAssignmentExactly_AndMatchesTheCommitment()
    {
        var seed = DrawSeed.Create();
        var record = DrawRecord.Commit(DistributionStrategies.BalancedPeer, new Dictionary<string, string> { ["k"] = "10" }, seed);
        var drawn = BalancedPeerAssignment.Draw(seed, PeerReview());

        var revealed = record.Reveal(seed);
        var reproduced = BalancedPeerAssignment.Draw(revealed.RevealedDrawSeed(), PeerReview(Members.Reverse().ToArray()));

        Assert.True(DrawSeed.Verify(revealed.RevealedSeed!, record.Commitment));
        Assert.All(Members, m => Assert.Equal(drawn.SubjectsByRater[m], reproduced.SubjectsByRater[m]));
    }

    [Fact]
    public void AnotherSeed_GivesAnotherAssignment()
    {
        var first = BalancedPeerAssignment.Draw(DrawSeed.Create(), PeerReview());
        var second = BalancedPeerAssignment.Draw(DrawSeed.Create(), PeerReview());

        Assert.Contains(Members, m => !first.SubjectsByRater[m].SequenceEqual(second.SubjectsByRater[m]));
    }

    [Fact]
    public void SelfMapping_AndExcludedPairs_AreRespected()
    {
        var raters = Enumerable.Range(1, 30).Select(i => $"user-{i}").ToArray();
        var subjects = Enumerable.Range(1, 30).Select(i => $"member-{i}").ToArray();
        var request = new BalancedPeerRequest
        {
            Raters = raters,
            Subjects = subjects,
            SubjectsPerRater = 5,
            SelfSubjectOf = raters.ToDictionary(r => r, r => r.Replace("user", "member", StringComparison.Ordinal)),
            ExcludedPairs = [("user-1", "member-2"), ("user-1", "member-3")],
        };

        var assignment = BalancedPeerAssignment.Draw(DrawSeed.Create(), request);

        Assert.All(raters, r => Assert.DoesNotContain(r.Replace("user", "member", StringComparison.Ordinal), assignment.SubjectsByRater[r]));
        Assert.DoesNotContain("member-2", assignment.SubjectsByRater["user-1"]);
        Assert.DoesNotContain("member-3", assignment.SubjectsByRater["user-1"]);
        Assert.All(assignment.RaterCountBySubject.Values, count => Assert.Equal(5, count));
    }

    [Fact]
    public void UnevenOffices_AreStillBalanced()
    {
        // One office of 20 and 30 people on their own: office members may rate only the 30, who must catch up.
        var members = Enumerable.Range(1, 50).Select(i => $"p{i:D2}").ToArray();
        var request = new BalancedPeerRequest
        {
            Raters = members,
            Subjects = members,
            SubjectsPerRater = 7,
            ExclusionGroupOf = members.ToDictionary(m => m, m => int.Parse(m[1..]) <= 20 ? "big-office" : m),
        };

        foreach (var _ in Enumerable.Range(0, 20))
        {
            var assignment = BalancedPeerAssignment.Draw(DrawSeed.Create(), request);

            Assert.All(assignment.RaterCountBySubject.Values, count => Assert.InRange(count, 6, 8));
            Assert.All(assignment.SubjectsByRater.Where(a => int.Parse(a.Key[1..]) <= 20),
                a => Assert.All(a.Value, s => Assert.True(int.Parse(s[1..]) > 20)));
        }
    }

    [Fact]
    public void TooFewEligibleSubjects_NamesTheRater()
    {
        var request = new BalancedPeerRequest { Raters = ["a", "b", "c"], Subjects = ["a", "b", "c"], SubjectsPerRater = 3 };

        var error = Assert.Throws<DrawInfeasibleException>(() => BalancedPeerAssignment.Draw(DrawSeed.Create(), request));

        Assert.Contains("Rater 'a' may rate only 2 of 3 subjects", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExclusionsThatForbidBalance_AreInfeasible()
    {
        // Every rater is kept away from Y, so X gets all 3 ratings against a mean of 1.5.
        var request = new BalancedPeerRequest
        {
            Raters = ["a", "b", "c"],
            Subjects = ["X", "Y"],
            SubjectsPerRater = 1,
            ExcludedPairs = [("a", "Y"), ("b", "Y"), ("c", "Y")],
        };

        var error = Assert.Throws<DrawInfeasibleException>(() => BalancedPeerAssignment.Draw(DrawSeed.Create(), request));

        Assert.Contains("subject 'X' would get 3 raters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateRater_IsRejected() =>
        Assert.Throws<ArgumentException>(() => BalancedPeerAssignment.Draw(DrawSeed.Create(),
            new BalancedPeerRequest { Raters = ["a", "a"], Subjects = ["x", "y"], SubjectsPerRater = 1 }));
}
