using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.PluginApi.Reports;

/// <summary>Everything an aggregator may use. Ballots arrive in no meaningful order.</summary>
/// <param name="Questionnaire">The campaign's questionnaire.</param>
/// <param name="Subjects">Who or what was rated.</param>
/// <param name="RaterGroups">The campaign's rater groups with their weights.</param>
/// <param name="Ballots">The anonymous ballots.</param>
/// <param name="Settings">Campaign settings (thresholds, mappings, local practice).</param>
/// <param name="MinimumCellSize">Cells with fewer ballots than this are suppressed in every output.</param>
public sealed record AggregationInput(
    Questionnaire Questionnaire,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<RaterGroup> RaterGroups,
    IReadOnlyList<AnonymousBallot> Ballots,
    IReadOnlyDictionary<string, string> Settings,
    int MinimumCellSize = 3);
