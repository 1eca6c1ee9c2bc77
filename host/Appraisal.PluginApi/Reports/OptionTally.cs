using Appraisal.PluginApi.Ballots;

namespace Appraisal.PluginApi.Reports;

/// <summary>
/// Counts of chosen options per (rater group, item, subject), the building block of every aggregator.
/// Built once from the ballots; lookups are dictionary reads.
/// </summary>
public sealed class OptionTally
{
    private readonly Dictionary<(string Group, string Item, string? Subject, string Option), int> _counts = [];
    private readonly Dictionary<(string Group, string Item, string? Subject), int> _answered = [];

    public OptionTally(IEnumerable<AnonymousBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        foreach (var ballot in ballots)
        {
            foreach (var answer in ballot.Answers)
            {
                if (answer.OptionKeys.Count == 0)
                {
                    continue;
                }

                Increment(_answered, (ballot.RaterGroup, answer.ItemKey, answer.SubjectId));
                foreach (var option in answer.OptionKeys)
                {
                    Increment(_counts, (ballot.RaterGroup, answer.ItemKey, answer.SubjectId, option));
                }
            }
        }
    }

    /// <summary>How often <paramref name="option"/> was chosen; <paramref name="group"/> null sums all groups.</summary>
    public int Count(string? group, string item, string? subject, string option) =>
        group is null
            ? _counts.Where(kv => kv.Key.Item == item && kv.Key.Subject == subject && kv.Key.Option == option).Sum(kv => kv.Value)
            : _counts.GetValueOrDefault((group, item, subject, option));

    /// <summary>How many ballots answered the item for the subject; <paramref name="group"/> null sums all groups.</summary>
    public int Answered(string? group, string item, string? subject) =>
        group is null
            ? _answered.Where(kv => kv.Key.Item == item && kv.Key.Subject == subject).Sum(kv => kv.Value)
            : _answered.GetValueOrDefault((group, item, subject));

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
