namespace Appraisal.PluginApi.Reports;

/// <summary>
/// The result of a tally: generic tables every page and export can show, and an optional typed object for
/// the GraphQL API whose type the plugin's <see cref="IAppraisalType.SchemaExtension"/> describes.
/// </summary>
/// <param name="BallotCount">How many ballots were counted.</param>
/// <param name="Tables">Tables in display order.</param>
/// <param name="Details">An instance of one of the plugin's report object types, or null.</param>
public sealed record AppraisalReport(int BallotCount, IReadOnlyList<ReportTable> Tables, object? Details = null)
{
    /// <summary>
    /// Items organisers must follow up within <see cref="FollowUpDeadlineWorkingDays"/> (contract 1.1), in display
    /// order; the host tracks each one's state by its key. Empty when the type has nothing to follow up.
    /// </summary>
    public IReadOnlyList<FollowUpItem> FollowUps { get; init; } = [];

    /// <summary>
    /// Working days (Mon–Fri, minus the site's holidays, plus its make-up working days) each follow-up item has from
    /// the day it is listed; null when the type has no follow-up workflow, and then <see cref="FollowUps"/> is ignored
    /// (contract 1.1).
    /// </summary>
    public int? FollowUpDeadlineWorkingDays { get; init; }
}
