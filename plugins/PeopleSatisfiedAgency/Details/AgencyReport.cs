namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>The typed 人民满意机关 report (GraphQL <c>AgencyReport</c>, the field <c>Report.peopleSatisfiedAgency</c>).</summary>
/// <param name="Agencies">Every agency, in the campaign's order.</param>
/// <param name="Classes">The ranking within each unit class, in the order the classes first appear.</param>
/// <param name="Rules">Every rule, weight and mapping the tally applied.</param>
public sealed record AgencyReport(
    IReadOnlyList<AgencyResult> Agencies,
    IReadOnlyList<AgencyClassRanking> Classes,
    IReadOnlyList<AgencyRule> Rules);
