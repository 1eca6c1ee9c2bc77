using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>
/// The GraphQL types of <see cref="SatisfactionReport"/>. The host binds <c>Report.satisfaction</c> to the report's
/// Details for campaigns of this type; every field is a public property of the CLR type named beside it,
/// camelCased. Decimals are Float; numbers that suppression withholds are nullable.
/// </summary>
internal static class SatisfactionSchema
{
    public const string Sdl = """
        "满意度测评 results: 满意率 and 测评得分 kept apart, the mapping used, comments and 差评 (DOMAIN §2)."
        type SatisfactionReport {
          "Ballot sheets counted."
          ballotCount: Int!
          "Fewest valid answers a cell must rest on to be shown."
          minimumCellSize: Int!
          "Per choice item, all subjects together, in questionnaire order."
          items: [SatisfactionItemResult!]!
          "Per subject, for the items asked per subject."
          subjects: [SatisfactionSubjectResult!]!
          overall: SatisfactionOverall!
          "How each option was counted; published with every report."
          mapping: [SatisfactionMappingEntry!]!
          comments: [SatisfactionCommentGroup!]!
          "Each 差评 with its reason, for follow-up; nothing identifies the rater."
          complaints: [SatisfactionComplaint!]!
          "Every rule and setting applied."
          rules: [SatisfactionRule!]!
        }

        type SatisfactionItemResult {
          itemKey: String!
          text: String!
          textEn: String!
          "Null for a per-ballot item or all subjects together."
          subjectId: String
          weight: Float!
          "Too few valid answers: the numbers are withheld."
          suppressed: Boolean!
          inOverall: Boolean!
          answered: Int
          abstained: Int
          "The denominator of both measures: 不了解 / 弃权 left out."
          valid: Int
          satisfied: Int
          "满意率, percent: satisfied ÷ valid."
          satisfactionRate: Float
          "测评得分: mean mapped value of the valid answers."
          score: Float
          distribution: [SatisfactionOptionCount!]!
        }

        type SatisfactionOptionCount {
          optionKey: String!
          label: String!
          count: Int!
          "Percent of the valid answers; null for 不了解 / 弃权."
          shareOfValid: Float
        }

        type SatisfactionSubjectResult {
          subjectId: String!
          name: String!
          items: [SatisfactionItemResult!]!
          overall: SatisfactionOverall!
        }

        "Σ weight × item result ÷ Σ weight over the weighted items that are shown (DOMAIN §2.4)."
        type SatisfactionOverall {
          suppressed: Boolean!
          itemsCombined: Int!
          weightTotal: Float!
          valid: Int!
          satisfactionRate: Float
          score: Float
        }

        type SatisfactionMappingEntry {
          scaleKey: String!
          optionKey: String!
          label: String!
          labelEn: String!
          value: Float
          "default, plugin or campaign."
          valueSource: String!
          countsAsSatisfied: Boolean!
          isAbstain: Boolean!
          isComplaint: Boolean!
        }

        type SatisfactionCommentGroup {
          itemKey: String!
          text: String!
          textEn: String!
          subjectId: String
          subjectName: String
          suppressed: Boolean!
          total: Int
          texts: [SatisfactionCommentText!]!
        }

        type SatisfactionCommentText {
          text: String!
          count: Int!
        }

        type SatisfactionComplaint {
          "Stable across re-tallies: a hash of item, subject, option, reason and occurrence."
          key: String!
          itemKey: String!
          itemText: String!
          subjectId: String
          subjectName: String
          optionKey: String!
          optionLabel: String!
          reason: String
        }

        type SatisfactionRule {
          key: String!
          description: String!
          descriptionEn: String!
          value: String!
          source: String!
        }

        extend type Report {
          "The typed 满意度测评 result; null for campaigns of other types."
          satisfaction: SatisfactionReport
        }
        """;

    /// <summary>A new extension; each appraisal type instance holds its own, so nothing static is shared.</summary>
    public static SchemaExtension Create() => new(Sdl, new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["SatisfactionReport"] = typeof(SatisfactionReport),
        ["SatisfactionItemResult"] = typeof(SatisfactionItemResult),
        ["SatisfactionOptionCount"] = typeof(SatisfactionOptionCount),
        ["SatisfactionSubjectResult"] = typeof(SatisfactionSubjectResult),
        ["SatisfactionOverall"] = typeof(SatisfactionOverall),
        ["SatisfactionMappingEntry"] = typeof(SatisfactionMappingEntry),
        ["SatisfactionCommentGroup"] = typeof(SatisfactionCommentGroup),
        ["SatisfactionCommentText"] = typeof(SatisfactionCommentText),
        ["SatisfactionComplaint"] = typeof(SatisfactionComplaint),
        ["SatisfactionRule"] = typeof(SatisfactionRule),
    });
}
