namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>
/// The typed report of a 满意度测评 campaign (GraphQL <c>SatisfactionReport</c>, under <c>Report.satisfaction</c>).
/// 满意率 and 测评得分 are separate fields everywhere (§2.2 a). Cells resting on fewer valid answers than the
/// minimum cell size carry <c>Suppressed</c> and no numbers; their comments and 差评 are withheld.
/// </summary>
/// <param name="BallotCount">Ballot sheets counted.</param>
/// <param name="MinimumCellSize">Fewest valid answers a cell must rest on to be shown.</param>
/// <param name="Items">Per choice item, all subjects together, in questionnaire order.</param>
/// <param name="Subjects">Per subject, for items asked per subject; empty when there are none.</param>
/// <param name="Overall">The combined result over the weighted items.</param>
/// <param name="Mapping">The mapping and flags each option was counted with.</param>
/// <param name="Comments">Free text, grouped by item (and subject), identical texts counted.</param>
/// <param name="Complaints">Each 差评 with its reason, for follow-up; nothing that identifies the rater.</param>
/// <param name="Rules">Every rule and setting applied.</param>
public sealed record SatisfactionReport(
    int BallotCount,
    int MinimumCellSize,
    IReadOnlyList<SatisfactionItemResult> Items,
    IReadOnlyList<SatisfactionSubjectResult> Subjects,
    SatisfactionOverall Overall,
    IReadOnlyList<SatisfactionMappingEntry> Mapping,
    IReadOnlyList<SatisfactionCommentGroup> Comments,
    IReadOnlyList<SatisfactionComplaint> Complaints,
    IReadOnlyList<SatisfactionRule> Rules);
