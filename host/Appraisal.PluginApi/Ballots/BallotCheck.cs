using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.PluginApi.Ballots;

/// <summary>What a rule check sees: the questionnaire, the subjects this ballot must rate, and the answers.</summary>
public sealed record BallotCheck(
    Questionnaire Questionnaire,
    IReadOnlyList<Subject> Subjects,
    AnonymousBallot Ballot,
    IReadOnlyDictionary<string, string> Settings);
