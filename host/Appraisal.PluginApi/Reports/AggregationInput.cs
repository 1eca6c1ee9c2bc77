using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.PluginApi.Reports;

/// <summary>Everything an aggregator may use. Ballots arrive in no meaningful order.</summary>
/// <param name="Questionnaire">The campaign's questionnaire.</param>
/// <param name="Subjects">Who or what was rated.</param>
/// <param name="RaterGroups">The campaign's rater groups with their weights.</param>
/// <param name="Ballots">The anonymous ballots. The host decodes them only when an aggregator first reads them
/// (its count is known without), so an aggregator that works from <see cref="Options"/> and <see cref="Scores"/> never
/// pays for them.</param>
/// <param name="Settings">Campaign settings (thresholds, mappings, local practice).</param>
/// <param name="MinimumCellSize">Cells with fewer ballots than this are suppressed in every output.</param>
public sealed record AggregationInput(
    Questionnaire Questionnaire,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<RaterGroup> RaterGroups,
    IReadOnlyList<AnonymousBallot> Ballots,
    IReadOnlyDictionary<string, string> Settings,
    int MinimumCellSize = 3)
{
    private OptionTally? _options;
    private SheetScores? _scores;

    /// <summary>
    /// The options chosen, counted (contract 1.2): the host counts them straight from the stored sheets; when nobody
    /// set them, they are counted from <see cref="Ballots"/> on first use.
    /// </summary>
    public OptionTally Options
    {
        get => _options ??= new OptionTally(Ballots);
        init => _options = value;
    }

    /// <summary>
    /// The per-sheet weighted scores, counted (contract 1.2): the host counts them straight from the stored sheets; when
    /// nobody set them, they are counted from <see cref="Ballots"/> on first use.
    /// </summary>
    public SheetScores Scores
    {
        get => _scores ??= SheetScores.Of(Questionnaire, Ballots);
        init => _scores = value;
    }
}
