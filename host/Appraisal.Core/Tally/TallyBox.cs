using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tally;

/// <summary>A ballot box as a tally reads it.</summary>
/// <param name="Casts">Ballots cast (receipts), which a split ballot counts once.</param>
/// <param name="Ballots">Every stored sheet, decoded on first use.</param>
/// <param name="Options">The options chosen, counted from the stored sheets; null when a sheet names something outside
/// the campaign's questionnaire or roster, and the aggregator then counts <paramref name="Ballots"/> itself.</param>
/// <param name="Scores">The sheet scores, counted from the stored sheets; null as <paramref name="Options"/> is, or when
/// the questionnaire has too many scored items to number every combination.</param>
public sealed record TallyBox(int Casts, IReadOnlyList<AnonymousBallot> Ballots, OptionTally? Options, SheetScores? Scores);
