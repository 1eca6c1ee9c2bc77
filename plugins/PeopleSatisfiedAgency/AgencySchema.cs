using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The GraphQL shape of <see cref="AgencyReport"/>: the host binds <c>Report.peopleSatisfiedAgency</c> to the
/// report's details. Only scalars the host maps are used; scores are decimals, declared Float. The type names
/// carry the Agency prefix so they cannot meet another plugin's types in the one schema.
/// </summary>
internal static class AgencySchema
{
    public const string Sdl = """
        "人民满意机关 report: scores, ranks and tiers per agency, and the rules applied."
        type AgencyReport {
          "Every agency, in the campaign's order."
          agencies: [AgencyResult!]!
          "The ranking within each unit class."
          classes: [AgencyClassRanking!]!
          "Every rule, weight and mapping the tally applied."
          rules: [AgencyRule!]!
        }

        type AgencyResult {
          id: String!
          name: String!
          "The class the agency is ranked within; null when none was given."
          unitClass: String
          "Composite score as published (rounded); null when no group could be combined."
          score: Float
          "Place within the class; null when not ranked."
          rank: Int
          "False for agencies rated but not ranked (ranked=false), without a score, or vetoed when vetoed agencies are not ranked."
          ranked: Boolean!
          "等次 in Chinese; null without a score unless vetoed."
          tier: String
          tierEn: String
          "一票否决 applied: lowest tier whatever the score."
          vetoed: Boolean!
          vetoReason: String
          groups: [AgencyGroupScore!]!
          "Per indicator: the composite over the combined groups, with the same weights."
          indicators: [AgencyIndicatorScore!]!
        }

        type AgencyGroupScore {
          groupKey: String!
          groupName: String!
          groupNameEn: String!
          "No weight for this agency's class: reported, never combined."
          advisory: Boolean!
          "The configured weight for this agency's class; null when advisory."
          weight: Float
          "Share of the composite after nesting and renormalisation (0-1); null when not combined."
          share: Float
          "Sheets holding a valid answer about the agency; null when suppressed."
          sheets: Int
          "Fewer sheets than the minimum cell size: nothing shown, not combined."
          suppressed: Boolean!
          score: Float
          "Sheets left out by the trimmed mean (highest and lowest together)."
          dropped: Int!
          combined: Boolean!
          indicators: [AgencyIndicatorScore!]!
        }

        type AgencyIndicatorScore {
          key: String!
          name: String!
          nameEn: String!
          score: Float
          suppressed: Boolean!
        }

        type AgencyClassRanking {
          "Null for agencies without a class."
          unitClass: String
          entries: [AgencyRankEntry!]!
        }

        type AgencyRankEntry {
          rank: Int!
          agencyId: String!
          name: String!
          score: Float
          tier: String
          vetoed: Boolean!
        }

        type AgencyRule {
          key: String!
          zhCn: String!
          en: String!
        }

        extend type Report {
          "The typed 人民满意机关 report; null for campaigns of other types."
          peopleSatisfiedAgency: AgencyReport
        }
        """;

    public static SchemaExtension Extension { get; } = new(Sdl, new Dictionary<string, Type>
    {
        ["AgencyReport"] = typeof(AgencyReport),
        ["AgencyResult"] = typeof(AgencyResult),
        ["AgencyGroupScore"] = typeof(AgencyGroupScore),
        ["AgencyIndicatorScore"] = typeof(AgencyIndicatorScore),
        ["AgencyClassRanking"] = typeof(AgencyClassRanking),
        ["AgencyRankEntry"] = typeof(AgencyRankEntry),
        ["AgencyRule"] = typeof(AgencyRule),
    });
}
