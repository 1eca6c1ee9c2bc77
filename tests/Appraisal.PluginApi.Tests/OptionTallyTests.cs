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
}
