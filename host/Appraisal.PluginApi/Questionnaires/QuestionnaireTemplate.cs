namespace Appraisal.PluginApi.Questionnaires;

/// <summary>A named starting point for a campaign's questionnaire; the organiser may edit a copy before any ballot is cast.</summary>
public sealed record QuestionnaireTemplate(string Key, LocalizedText Name, Questionnaire Questionnaire);
