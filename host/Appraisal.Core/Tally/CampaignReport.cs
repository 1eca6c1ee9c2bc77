using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tally;

/// <summary>
/// A campaign's tally as stored at close: how many ballots were cast, the type's generic report tables with small
/// cells already suppressed, and the error when the type could not tally (the campaign stays closed; tally again).
/// </summary>
/// <param name="BallotsCast">Ballots cast (spent codes); a split ballot counts once.</param>
/// <param name="SheetsCounted">Ballot sheets the aggregator read (a ballot bound to k subjects is up to k + 1 sheets).</param>
/// <param name="Tables">Report tables in display order.</param>
/// <param name="MinimumCellSize">The suppression threshold applied.</param>
/// <param name="Error">Why no tables could be computed, or null.</param>
public sealed record CampaignReport(
    int BallotsCast,
    int SheetsCounted,
    IReadOnlyList<ReportTable> Tables,
    int MinimumCellSize,
    string? Error = null)
{
    /// <summary>
    /// The type's follow-up items (<see cref="AppraisalReport.FollowUps"/>), stored with the tables so a report read
    /// back has them; empty when fewer ballots than the minimum were cast, like every other value.
    /// </summary>
    public IReadOnlyList<FollowUpItem> FollowUps { get; init; } = [];

    /// <summary>Working days each follow-up item has, or null when the type has no follow-up workflow.</summary>
    public int? FollowUpDeadlineWorkingDays { get; init; }
}
