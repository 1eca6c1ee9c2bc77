using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>
/// Builders for hand-worked cases. Answers are written with one letter per indicator, in the template's order
/// (服务态度, 办事效率, 依法行政, …): S 满意 100, F 比较满意 85, B 基本满意 70, D 不满意 40, U 不了解.
/// </summary>
internal static class Fixture
{
    public const string Government = "政府部门";
    public const string PartyMass = "党群部门";

    public static IAppraisalType AgencyType { get; } = TypeWith([]);

    public static Questionnaire Core => AgencyType.Templates[0].Questionnaire;

    public static IAppraisalType TypeWith(Dictionary<string, string> pluginSettings) => Assert.Single(
        new PeopleSatisfiedAgencyPlugin().CreateAppraisalTypes(
            new PluginContext("appraisal.people-satisfied-agency", "1.2.0", pluginSettings)));

    public static Subject Agency(string id, string? unitClass = Government, params (string Key, string Value)[] attributes) =>
        new(id, $"{id}局", unitClass, attributes.ToDictionary(a => a.Key, a => a.Value));

    public static RaterGroup Group(string key, decimal? weight, params (string Class, decimal Weight)[] byClass) =>
        new(key, new LocalizedText($"{key}组", key), weight, byClass.ToDictionary(c => c.Class, c => c.Weight));

    /// <summary>A sheet about one agency, as a ballot bound to subjects arrives.</summary>
    public static AnonymousBallot Sheet(string group, string agency, string answers) =>
        new(group, Answers(Core, agency, answers));

    /// <summary>An unbound ballot: one sheet rating several agencies.</summary>
    public static AnonymousBallot Unbound(string group, params (string Agency, string Answers)[] ratings) =>
        new(group, [.. ratings.SelectMany(r => Answers(Core, r.Agency, r.Answers))]);

    public static IReadOnlyList<Answer> Answers(Questionnaire questionnaire, string agency, string letters)
    {
        var indicators = questionnaire.Items.Where(i => i.Kind == ItemKind.Choice).ToArray();
        return [.. letters.Select((letter, i) => new Answer(indicators[i].Key, agency, [Option(letter)]))];
    }

    public static (AppraisalReport Report, AgencyReport Details) Run(
        IReadOnlyList<Subject> agencies,
        IReadOnlyList<RaterGroup> groups,
        IEnumerable<AnonymousBallot> sheets,
        Dictionary<string, string>? settings = null,
        int minimumCellSize = 3,
        Questionnaire? questionnaire = null,
        IAppraisalType? type = null)
    {
        var input = new AggregationInput(questionnaire ?? Core, agencies, groups, [.. sheets], settings ?? [], minimumCellSize);
        var report = (type ?? AgencyType).Aggregator.Aggregate(input, CancellationToken.None);
        return (report, Assert.IsType<AgencyReport>(report.Details));
    }

    public static AgencyResult Of(this AgencyReport report, string agency) => report.Agencies.Single(a => a.Id == agency);

    public static AgencyGroupScore Group(this AgencyResult agency, string group) => agency.Groups.Single(g => g.GroupKey == group);

    public static ReportTable Table(this AppraisalReport report, string key) => report.Tables.Single(t => t.Key == key);

    /// <summary>
    /// A one-item questionnaire whose options are worth exactly the given points, so each agency's score can be
    /// set to any value, e.g. 84.995, with one answer.
    /// </summary>
    public static Questionnaire Points(params decimal[] values) => new(
        [new Scale("points", LocalizedText.Same("points"), [.. values.Select(v => new ScaleOption(Key(v), LocalizedText.Same(Key(v)), v))])],
        [new QuestionItem("overall", LocalizedText.Same("overall"), ItemKind.Choice, ItemScope.PerSubject, "points")]);

    public static AnonymousBallot Scored(string group, string agency, decimal value) =>
        new(group, [new Answer("overall", agency, [Key(value)])]);

    private static string Key(decimal value) => FormattableString.Invariant($"v{value}");

    private static string Option(char letter) => letter switch
    {
        'S' => "satisfied",
        'F' => "fairly-satisfied",
        'B' => "basically-satisfied",
        'D' => "dissatisfied",
        'U' => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(letter)),
    };
}
