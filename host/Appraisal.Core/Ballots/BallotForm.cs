using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Ballots;

/// <summary>What the holder of a code must fill: the campaign, their rater group, the questionnaire and the subjects to rate.</summary>
public sealed record BallotForm(
    string CampaignId,
    string CampaignTitle,
    string TypeKey,
    string GroupKey,
    LocalizedText GroupName,
    Questionnaire Questionnaire,
    IReadOnlyList<Subject> Subjects,
    DateOnly? ClosesOn);
