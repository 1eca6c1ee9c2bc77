using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.PluginApi.Tests;

public sealed class OptionTallyTests
{
    private static AnonymousBallot Ballot(string group, params Answer[] answers) => new(group, answers);

    private static Answer Grade(string subject, string option) => new("grade", subject, [option]);

    [Fact]
    public void Counts_each_option_per_group_item_and_subject()
    {
        var tally = new OptionTally(
        [
            Ballot("members", Grade("m1", "excellent"), Grade("m2", "qualified")),
            Ballot("members", Grade("m1", "excellent"), Grade("m2", "unqualified")),
            Ballot("masses", Grade("m1", "qualified")),
        ]);

        Assert.Equal(2, tally.Count("members", "grade", "m1", "excellent"));
        Assert.Equal(0, tally.Count("masses", "grade", "m1", "excellent"));
        Assert.Equal(1, tally.Count("masses", "grade", "m1", "qualified"));
        Assert.Equal(1, tally.Count("members", "grade", "m2", "unqualified"));
    }

    [Fact]
    public void Counts_the_host_made_read_like_counted_ballots_and_sum_all_groups()
    {
        var tally = new OptionTally(
            new Dictionary<(string, string, string?, string), int>
            {
                [("members", "grade", "m1", "qualified")] = 4,
                [("masses", "grade", "m1", "qualified")] = 2,
                [("masses", "grade", "m1", "excellent")] = 1,
            },
            new Dictionary<(string, string, string?), int> { [("members", "grade", "m1")] = 4, [("masses", "grade", "m1")] = 3 });

        Assert.Equal(4, tally.Count("members", "grade", "m1", "qualified"));
        Assert.Equal(6, tally.Count(null, "grade", "m1", "qualified"));
        Assert.Equal(0, tally.Count("members", "grade", "m1", "excellent"));
        Assert.Equal(7, tally.Answered(null, "grade", "m1"));
        Assert.Equal(3, tally.Answered("masses", "grade", "m1"));
    }

    [Fact]
    public void A_null_group_sums_all_groups()
    {
        var tally = new OptionTally(
        [
            Ballot("members", Grade("m1", "qualified")),
            Ballot("masses", Grade("m1", "qualified")),
            Ballot("masses", Grade("m1", "excellent")),
        ]);

        Assert.Equal(2, tally.Count(null, "grade", "m1", "qualified"));
        Assert.Equal(3, tally.Answered(null, "grade", "m1"));
        Assert.Equal(2, tally.Answered("masses", "grade", "m1"));
    }

    [Fact]
    public void Skipped_answers_and_text_answers_are_not_counted_as_answered()
    {
        var tally = new OptionTally(
        [
            Ballot("members", new Answer("grade", "m1", []), new Answer("problems", "m1", [], "迟到")),
        ]);

        Assert.Equal(0, tally.Answered("members", "grade", "m1"));
        Assert.Equal(0, tally.Answered("members", "problems", "m1"));
    }

    [Fact]
    public void A_checklist_answer_counts_each_ticked_option_once_and_the_item_once()
    {
        var tally = new OptionTally([Ballot("members", new Answer("reverse", "m1", ["absent", "dues"]))]);

        Assert.Equal(1, tally.Count("members", "reverse", "m1", "absent"));
        Assert.Equal(1, tally.Count("members", "reverse", "m1", "dues"));
        Assert.Equal(1, tally.Answered("members", "reverse", "m1"));
    }

    [Fact]
    public void Shared_answer_instances_and_separate_equal_ones_count_alike()
    {
        var shared = Grade("m1", "excellent");
        var ballots = new List<AnonymousBallot>();
        for (var i = 0; i < 10_000; i++)
        {
            // Every other ballot reuses one answer instance (as the host's decoder does); the rest bring their own
            // instances with their own strings, far more than the tally keeps per instance before folding by value.
            var group = i % 3 == 0 ? "masses" : "members";
            ballots.Add(i % 2 == 0
                ? Ballot(group, shared, new Answer("grade", "m2", [new string("qualified".AsSpan())]))
                : Ballot(new string(group.AsSpan()), new Answer(new string("grade".AsSpan()), new string("m1".AsSpan()), [new string("excellent".AsSpan())])));
        }

        var tally = new OptionTally(ballots);

        var members = ballots.Count(b => b.RaterGroup == "members");
        Assert.Equal(10_000, tally.Count(null, "grade", "m1", "excellent"));
        Assert.Equal(members, tally.Count("members", "grade", "m1", "excellent"));
        Assert.Equal(10_000 - members, tally.Count("masses", "grade", "m1", "excellent"));
        Assert.Equal(5_000, tally.Count(null, "grade", "m2", "qualified"));
        Assert.Equal(5_000, tally.Answered(null, "grade", "m2"));
        Assert.Equal(10_000, tally.Answered(null, "grade", "m1"));
        Assert.Equal(0, tally.Count(null, "grade", "m2", "excellent"));
    }

    [Fact]
    public void A_null_group_sums_every_group_without_mixing_items_subjects_or_options()
    {
        var tally = new OptionTally(
        [
            Ballot("a", Grade("m1", "x"), Grade("m2", "x"), new Answer("other", "m1", ["x"])),
            Ballot("b", Grade("m1", "x"), Grade("m1", "y")),
            Ballot("c", Grade("m1", "x"), new Answer("grade", null, ["x"])),
        ]);

        Assert.Equal(3, tally.Count(null, "grade", "m1", "x"));
        Assert.Equal(1, tally.Count(null, "grade", "m1", "y"));
        Assert.Equal(1, tally.Count(null, "grade", "m2", "x"));
        Assert.Equal(1, tally.Count(null, "other", "m1", "x"));
        Assert.Equal(1, tally.Count(null, "grade", null, "x"));
        Assert.Equal(4, tally.Answered(null, "grade", "m1"));
        Assert.Equal(0, tally.Answered(null, "grade", "m3"));
    }
}
