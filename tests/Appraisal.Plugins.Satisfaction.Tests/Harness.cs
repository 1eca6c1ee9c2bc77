using Appraisal.Plugins.Satisfaction.Reports;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>Builds ballots and runs the plugin's aggregator and rules the way the host does.</summary>
internal static class Harness
{
    public static IAppraisalType Survey { get; } = CreateType(new Dictionary<string, string>());

    public static IAppraisalType CreateType(IReadOnlyDictionary<string, string> pluginSettings) =>
        Assert.Single(new SatisfactionPlugin().CreateAppraisalTypes(new PluginContext("appraisal.satisfaction", "1.2.0", pluginSettings)));

    public static Questionnaire Template(string key) => Survey.Templates.Single(t => t.Key == key).Questionnaire;

    public static AppraisalReport Tally(
        Questionnaire questionnaire,
        IReadOnlyList<AnonymousBallot> ballots,
        IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyList<Subject>? subjects = null,
        int minimumCellSize = 3,
        IAppraisalType? type = null) =>
        (type ?? Survey).Aggregator.Aggregate(
            new AggregationInput(questionnaire, subjects ?? [], [], ballots, settings ?? new Dictionary<string, string>(), minimumCellSize),
            CancellationToken.None);

    public static SatisfactionReport Details(AppraisalReport report) => Assert.IsType<SatisfactionReport>(report.Details);

    public static ReportTable Table(AppraisalReport report, string key) => report.Tables.Single(t => t.Key == key);

    public static AnonymousBallot Ballot(params Answer[] answers) => new("public", answers);

    public static Answer Choose(string item, string option, string? subject = null) => new(item, subject, [option]);

    public static Answer Write(string item, string text, string? subject = null) => new(item, subject, [], text);

    /// <summary>One ballot per option, each answering <paramref name="item"/> only.</summary>
    public static AnonymousBallot[] Answers(string item, params string[] options) => [.. options.Select(o => Ballot(Choose(item, o)))];

    public static Dictionary<string, string> Given(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => s.Value);

    public static SatisfactionItemResult Item(SatisfactionReport report, string key) => report.Items.Single(i => i.ItemKey == key);

    public static Subject Subject(string id, string name) => new(id, name, null, new Dictionary<string, string>());
}
