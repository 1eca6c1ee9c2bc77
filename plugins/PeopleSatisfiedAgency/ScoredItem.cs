using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// An indicator that enters the scores: a per-agency choice item with a positive weight, and the points of each
/// of its options that scores (不了解 and other options without a value are absent, so they count nowhere).
/// </summary>
internal sealed record ScoredItem(QuestionItem Item, int Index, IReadOnlyDictionary<string, decimal> Points)
{
    public static IReadOnlyList<ScoredItem> Of(Questionnaire questionnaire)
    {
        var items = new List<ScoredItem>();
        foreach (var item in questionnaire.Items)
        {
            if (item.Kind != ItemKind.Choice || item.Scope != ItemScope.PerSubject || item.Weight <= 0m
                || questionnaire.FindScale(item.ScaleKey) is not { } scale)
            {
                continue;
            }

            var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var option in scale.Options)
            {
                if (!option.IsAbstain && option.Value is { } value)
                {
                    points[option.Key] = value;
                }
            }

            items.Add(new ScoredItem(item, items.Count, points));
        }

        return items;
    }
}
