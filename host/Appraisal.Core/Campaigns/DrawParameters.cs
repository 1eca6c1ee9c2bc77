using Appraisal.Core.Distribution;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// Everything a draw used besides its seed, stored as JSON with the draw so that anyone holding the revealed seed
/// can re-run it (<see cref="DrawReplay"/>) and compare. Rosters are ids, never names.
/// </summary>
public sealed record DrawParameters(
    IssueStrategy Strategy,
    string GroupKey,
    int? Count = null,
    int? SubjectsPerRater = null,
    IReadOnlyList<string>? Raters = null,
    IReadOnlyList<string>? Subjects = null,
    IReadOnlyDictionary<string, string>? SelfSubjectOf = null,
    IReadOnlyDictionary<string, string>? ExclusionGroupOf = null,
    IReadOnlyList<RosterEntry>? Roster = null,
    int? SampleSize = null,
    IReadOnlyDictionary<string, int>? FixedPerStratum = null);
