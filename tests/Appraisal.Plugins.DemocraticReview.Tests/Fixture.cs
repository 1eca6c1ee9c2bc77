using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.DemocraticReview.Details;

namespace Appraisal.Plugins.DemocraticReview.Tests;

/// <summary>Members, ballots and tallies for the tests, written the way a branch would fill them in.</summary>
internal static class Fixture
{
    public const string Members = "members";

    public static readonly Dictionary<string, string> NoSettings = [];

    public static IAppraisalType Type(Dictionary<string, string>? manifestSettings = null) =>
        Assert.Single(new DemocraticReviewPlugin().CreateAppraisalTypes(
            new PluginContext("appraisal.democratic-review", "1.1.0", manifestSettings ?? NoSettings)));

    public static Questionnaire Standard => Type().Templates[0].Questionnaire;

    public static Subject Full(string id, string? name = null) =>
        new(id, name ?? id, null, new Dictionary<string, string> { ["membership"] = "full" });

    public static Subject Probationary(string id, string? name = null) =>
        new(id, name ?? id, null, new Dictionary<string, string> { ["membership"] = "probationary" });

    public static RaterGroup Group(string key, string name, decimal? weight) => new(key, new LocalizedText(name, key), weight, new Dictionary<string, decimal>());

    public static Answer Grade(string member, string grade) => new("grade", member, [grade]);

    public static Answer Signs(string member, params string[] signs) => new("negative-signs", member, signs);

    public static Answer Problem(string member, string text) => new("problems", member, [], text);

    public static Answer Committee(string item, string option) => new(item, null, [option]);

    public static AnonymousBallot Ballot(params Answer[] answers) => new(Members, answers);

    public static AnonymousBallot Ballot(string group, params Answer[] answers) => new(group, answers);

    /// <summary>n ballots of the members group, each grading <paramref name="member"/> with the next grade of the list.</summary>
    public static IEnumerable<AnonymousBallot> Grades(string member, params string[] grades) =>
        grades.Select(g => Ballot(Grade(member, g)));

    public static AppraisalReport Tally(
        IReadOnlyList<Subject> subjects,
        IEnumerable<AnonymousBallot> ballots,
        Dictionary<string, string>? settings = null,
        IReadOnlyList<RaterGroup>? groups = null,
        int minimumCellSize = 3,
        Questionnaire? questionnaire = null,
        Dictionary<string, string>? manifestSettings = null) =>
        Type(manifestSettings).Aggregator.Aggregate(
            new AggregationInput(questionnaire ?? Standard, subjects, groups ?? [Group(Members, "党员", 1m)], [.. ballots],
                settings ?? NoSettings, minimumCellSize),
            CancellationToken.None);

    public static DemocraticReviewReport Details(this AppraisalReport report) => Assert.IsType<DemocraticReviewReport>(report.Details);

    public static ReportTable Table(this AppraisalReport report, string key) => Assert.Single(report.Tables, t => t.Key == key);

    public static MemberResult Member(this AppraisalReport report, string id) => Assert.Single(report.Details().Members, m => m.SubjectId == id);

    /// <summary>The count and share of one option in a distribution.</summary>
    public static (int? Count, decimal? Share) Of(this OptionDistribution distribution, string option)
    {
        var share = Assert.Single(distribution.Options, o => o.Key == option);
        return (share.Count, share.Share);
    }

    /// <summary>The row of a table whose first cell is <paramref name="label"/>, by column title.</summary>
    public static Dictionary<string, ReportCell> Row(this ReportTable table, string label)
    {
        var row = Assert.Single(table.Rows, r => r[0].Text == label);
        return table.Columns.Select((c, i) => (c.ZhCn, row[i])).ToDictionary(p => p.ZhCn, p => p.Item2);
    }
}
