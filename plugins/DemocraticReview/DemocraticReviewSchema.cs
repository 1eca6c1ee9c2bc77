using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.DemocraticReview.Details;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// <c>Report.democraticReview</c>: the typed report in GraphQL. Type names carry the plugin's prefix because
/// every plugin's types share one schema. Decimals are Floats; a suppressed count or share is null.
/// </summary>
internal static class DemocraticReviewSchema
{
    public const string Sdl = """
        "The 民主评议党员 report of a campaign of this type: the same numbers as the tables, suppressed the same way."
        type DemocraticReviewReport {
          "Ballots the sheets prove (the most answers any one cell received); Report.ballotsCast is exact."
          ballotCount: Int!
          minimumCellSize: Int!
          "Every member in the campaign's order; 预备党员 with graded = false."
          members: [DemocraticReviewMember!]!
          "The 支部委员会 aspects in questionnaire order."
          committee: [DemocraticReviewCommitteeAspect!]!
          excellentCap: DemocraticReviewExcellentCap!
          "Every rule, threshold and mapping the tally applied."
          rules: [DemocraticReviewRule!]!
        }

        type DemocraticReviewMember {
          subjectId: String!
          name: String!
          "False for a 预备党员 (不定等次): nothing else is filled."
          graded: Boolean!
          "Grades combined over the weighted rater groups; null when not graded."
          total: DemocraticReviewDistribution
          "Grades per rater group that answered, advisory groups included."
          groups: [DemocraticReviewDistribution!]!
          "UNQUALIFIED_SHARE, NEGATIVE_SIGNS, EXCELLENT_CANDIDATE: prompts for 组织评定, never grades."
          flags: [String!]!
          dimensions: [DemocraticReviewDimension!]!
          "Ballots ticking at least one 反向情形; null when suppressed or not asked."
          ballotsWithNegativeSigns: Int
          negativeSigns: [DemocraticReviewOptionShare!]!
          problemsSuppressed: Boolean!
          "存在问题 texts, sorted."
          problems: [String!]!
        }

        "The answers to one item in one cell: a rater group, or the combined total (groupKey null)."
        type DemocraticReviewDistribution {
          groupKey: String
          groupName: String!
          groupNameEn: String!
          "Ballots with an option other than an abstention: the denominator of every share."
          validBallots: Int!
          suppressed: Boolean!
          options: [DemocraticReviewOptionShare!]!
        }

        type DemocraticReviewOptionShare {
          key: String!
          label: String!
          labelEn: String!
          "不了解 / 弃权: counted, outside every denominator, no share."
          abstention: Boolean!
          "Null when suppressed."
          count: Int
          "Percent of valid ballots, 2 places; null when suppressed or an abstention."
          share: Float
        }

        type DemocraticReviewDimension {
          itemKey: String!
          text: String!
          textEn: String!
          total: DemocraticReviewDistribution!
        }

        type DemocraticReviewCommitteeAspect {
          itemKey: String!
          text: String!
          textEn: String!
          total: DemocraticReviewDistribution!
          groups: [DemocraticReviewDistribution!]!
        }

        "优秀一般不超过党员总数的 1/3, checked on the tally's candidates; final grades are checked at 组织评定."
        type DemocraticReviewExcellentCap {
          "flag, enforce or off."
          mode: String!
          fraction: String!
          "full (正式党员) or all."
          base: String!
          baseCount: Int!
          "Rounded down; null when mode is off."
          cap: Int
          candidatePercent: Float!
          candidates: Int!
          candidateIds: [String!]!
          exceeded: Boolean!
          enforcedAtDecision: Boolean!
        }

        type DemocraticReviewRule {
          key: String!
          rule: String!
          ruleEn: String!
          value: String!
          source: String!
        }

        extend type Report {
          "The typed 民主评议党员 report; null for campaigns of other types."
          democraticReview: DemocraticReviewReport
        }
        """;

    public static SchemaExtension Extension { get; } = new(Sdl, new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["DemocraticReviewReport"] = typeof(DemocraticReviewReport),
        ["DemocraticReviewMember"] = typeof(MemberResult),
        ["DemocraticReviewDistribution"] = typeof(OptionDistribution),
        ["DemocraticReviewOptionShare"] = typeof(OptionShare),
        ["DemocraticReviewDimension"] = typeof(DimensionResult),
        ["DemocraticReviewCommitteeAspect"] = typeof(CommitteeAspectResult),
        ["DemocraticReviewExcellentCap"] = typeof(ExcellentCapResult),
        ["DemocraticReviewRule"] = typeof(AppliedRule),
    });
}
