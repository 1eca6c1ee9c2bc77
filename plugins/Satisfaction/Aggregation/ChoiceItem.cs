using Appraisal.Plugins.Satisfaction.Settings;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>A choice item the tally counts, with its resolved scale.</summary>
/// <param name="Position">Its position among the counted choice items.</param>
/// <param name="Item">The questionnaire item.</param>
/// <param name="Scale">Its scale with the campaign's mapping applied.</param>
internal sealed record ChoiceItem(int Position, QuestionItem Item, ResolvedScale Scale);
