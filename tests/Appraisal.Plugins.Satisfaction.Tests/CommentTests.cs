using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>Comments are grouped by item (and subject), identical texts counted.</summary>
public sealed class CommentTests
{
    [Fact]
    public void Identical_texts_are_counted_once_most_frequent_first()
    {
        var report = Tally(Template("government-service"),
        [
            Ballot(Choose("attitude", "satisfied"), Write("suggestions", "增加自助机")),
            Ballot(Choose("attitude", "satisfied"), Write("suggestions", " 增加自助机  ")),
            Ballot(Choose("attitude", "satisfied"), Write("suggestions", "延长午间办理")),
            Ballot(Choose("attitude", "satisfied"), Write("suggestions", "   ")),
        ]);

        var group = Assert.Single(Details(report).Comments);
        Assert.Equal(("suggestions", "意见建议", false, 3), (group.ItemKey, group.Text, group.Suppressed, group.Total!.Value));
        Assert.Equal([("增加自助机", 2), ("延长午间办理", 1)], group.Texts.Select(t => (t.Text, t.Count)));
        Assert.Equal([["意见建议", "", "增加自助机", null], ["意见建议", "", "延长午间办理", null]],
            Table(report, "comments").Rows.Select(r => r.Select(c => c.Text).ToArray()));
        Assert.Equal([2m, 1m], Table(report, "comments").Rows.Select(r => r[3].Number!.Value));
    }

    [Fact]
    public void Per_subject_comments_are_grouped_per_subject_in_the_campaigns_order()
    {
        Appraisal.PluginApi.Ballots.Subject[] units = [Subject("u2", "住建局"), Subject("u1", "人社局")];
        var ballots = Enumerable.Range(0, 3).Select(i => Ballot(
            Choose("overall", "satisfied", "u1"), Write("comments", "办事快", "u1"),
            Choose("overall", "satisfied", "u2"), Write("comments", i == 0 ? "门难进" : "有改进", "u2"))).ToArray();

        var groups = Details(Tally(Template("social-evaluation"), ballots, subjects: units)).Comments;

        Assert.Equal(["住建局", "人社局"], groups.Select(g => g.SubjectName));
        Assert.Equal([("有改进", 2), ("门难进", 1)], groups[0].Texts.Select(t => (t.Text, t.Count)));
    }
}
