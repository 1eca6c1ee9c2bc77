using Appraisal.Core.Ballots;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// A code as handed to the organiser, once: the code, the rater it was drawn for (balanced peer, sample), and
/// the subjects it is bound to. The rater is not stored anywhere; only the code's hash is.
/// </summary>
public sealed record IssuedBallot(BallotCode Code, string GroupKey, string? RaterId, IReadOnlyList<string> SubjectIds);
