namespace Appraisal.PluginApi.Reports;

/// <summary>
/// The result of a tally: generic tables every page and export can show, and an optional typed object for
/// the GraphQL API whose type the plugin's <see cref="IAppraisalType.SchemaExtension"/> describes.
/// </summary>
/// <param name="BallotCount">How many ballots were counted.</param>
/// <param name="Tables">Tables in display order.</param>
/// <param name="Details">An instance of one of the plugin's report object types, or null.</param>
public sealed record AppraisalReport(int BallotCount, IReadOnlyList<ReportTable> Tables, object? Details = null);
