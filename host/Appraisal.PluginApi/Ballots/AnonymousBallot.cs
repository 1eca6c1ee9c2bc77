namespace Appraisal.PluginApi.Ballots;

/// <summary>
/// A cast ballot as plugins see it: the rater group and the answers, nothing that could identify the rater
/// (no code, no person, no time, no address).
/// </summary>
public sealed record AnonymousBallot(string RaterGroup, IReadOnlyList<Answer> Answers);
