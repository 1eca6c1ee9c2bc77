using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Campaigns;

/// <summary>What an organiser gives to create a campaign.</summary>
/// <param name="TypeKey">An active appraisal type.</param>
/// <param name="Title">Shown on every ballot and report; 1–200 characters.</param>
/// <param name="Period">Optional, e.g. 2026年度.</param>
/// <param name="OpensOn">Optional first day.</param>
/// <param name="ClosesOn">Optional last day; not before <paramref name="OpensOn"/>.</param>
/// <param name="TemplateKey">The type's template to start from; null for its first.</param>
/// <param name="Questionnaire">A questionnaire to use instead of a template.</param>
/// <param name="MinimumCellSize">Null for the default, 3.</param>
/// <param name="Settings">Type-specific settings.</param>
public sealed record CampaignDraft(
    string TypeKey,
    string Title,
    string? Period = null,
    DateOnly? OpensOn = null,
    DateOnly? ClosesOn = null,
    string? TemplateKey = null,
    Questionnaire? Questionnaire = null,
    int? MinimumCellSize = null,
    IReadOnlyDictionary<string, string>? Settings = null);
