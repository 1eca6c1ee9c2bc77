using System.Runtime.InteropServices;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.PluginApi.Reports;

/// <summary>
/// The distribution of per-sheet weighted scores, per rater group and subject (contract 1.2): what a mapped mean, a
/// trimmed mean (去掉最高分、最低分) or a count of the raters behind a score needs, without reading a ballot. A scored
/// answer is one option chosen on a per-subject choice item of positive weight, the option having a value and not
/// being an abstention (不了解); a sheet's score for a subject is Σ weight × value / Σ weight over its scored answers
/// about it, and a sheet without any is not listed. A sheet holds at most one rater's answers about a subject, so
/// every sheet counted here is one rater. The host counts it straight from the stored sheets; <see cref="Of"/> counts
/// a list of ballots the same way.
/// </summary>
public sealed class SheetScores
{
    /// <param name="scores">Each (group, subject, points, weight) at most once, in no meaningful order.</param>
    /// <param name="sheetsPerGroup">Every sheet per rater group, scored or not.</param>
    public SheetScores(IReadOnlyList<SheetScore> scores, IReadOnlyDictionary<string, int> sheetsPerGroup)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(sheetsPerGroup);
        Scores = scores;
        SheetsPerGroup = sheetsPerGroup;
    }

    public IReadOnlyList<SheetScore> Scores { get; }

    /// <summary>Every sheet per rater group, scored or not, including groups a sheet names that the campaign does not.</summary>
    public IReadOnlyDictionary<string, int> SheetsPerGroup { get; }

    /// <summary>The weight and value of an answer choosing <paramref name="option"/> on <paramref name="item"/>, or null when it does not score.</summary>
    public static (decimal Weight, decimal Value)? ScoreOf(QuestionItem item, ScaleOption option)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(option);
        return item is { Kind: ItemKind.Choice, Scope: ItemScope.PerSubject, Weight: > 0m } && !option.IsAbstain && option.Value is { } value
            ? (item.Weight, value)
            : null;
    }

    /// <summary>Scores <paramref name="ballots"/> one by one against <paramref name="questionnaire"/>.</summary>
    public static SheetScores Of(Questionnaire questionnaire, IEnumerable<AnonymousBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(ballots);
        var scoring = new Dictionary<(string Item, string Option), (decimal Weight, decimal Value)>();
        foreach (var item in questionnaire.Items)
        {
            foreach (var option in questionnaire.FindScale(item.ScaleKey)?.Options ?? [])
            {
                if (ScoreOf(item, option) is { } score)
                {
                    scoring.TryAdd((item.Key, option.Key), score);
                }
            }
        }

        var counts = new Dictionary<(string Group, string Subject, decimal Points, decimal Weight), int>();
        var sheets = new Dictionary<string, int>(StringComparer.Ordinal);
        var sheet = new Dictionary<string, (decimal Points, decimal Weight)>(StringComparer.Ordinal);
        foreach (var ballot in ballots)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(sheets, ballot.RaterGroup, out _)++;
            sheet.Clear();
            foreach (var answer in ballot.Answers)
            {
                if (answer.SubjectId is { } subject && answer.OptionKeys.Count == 1
                    && scoring.TryGetValue((answer.ItemKey, answer.OptionKeys[0]), out var score))
                {
                    var sum = sheet.GetValueOrDefault(subject);
                    sheet[subject] = (sum.Points + (score.Weight * score.Value), sum.Weight + score.Weight);
                }
            }

            foreach (var (subject, sum) in sheet)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, (ballot.RaterGroup, subject, sum.Points, sum.Weight), out _)++;
            }
        }

        return new SheetScores([.. counts.Select(c => new SheetScore(c.Key.Group, c.Key.Subject, c.Key.Points, c.Key.Weight, c.Value))], sheets);
    }
}
