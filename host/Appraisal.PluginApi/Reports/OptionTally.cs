using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.PluginApi.Reports;

/// <summary>
/// Counts of chosen options per (rater group, item, subject), the building block of every aggregator.
/// Built once from the ballots; lookups are dictionary reads, the sums over all groups included.
/// </summary>
/// <remarks>
/// A tally of a large box sees the same few hundred answers millions of times, and the host's decoder hands out one
/// shared <see cref="Answer"/> instance per distinct answer without text. So the ballots are first counted per
/// (group, answer) instance, by reference, which costs no string hashing, and only those counts are then added up by
/// value. Answers that are not shared simply make more first-stage entries, folded in every few thousand.
/// </remarks>
public sealed class OptionTally
{
    /// <summary>First-stage entries after which they are folded into the counts by value.</summary>
    private const int FoldEvery = 4096;

    private readonly Dictionary<(string Group, string Item, string? Subject, string Option), int> _counts = [];
    private readonly Dictionary<(string Group, string Item, string? Subject), int> _answered = [];
    private readonly Dictionary<(string Item, string? Subject, string Option), int> _countsAllGroups = [];
    private readonly Dictionary<(string Item, string? Subject), int> _answeredAllGroups = [];

    public OptionTally(IEnumerable<AnonymousBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var byInstance = new Dictionary<(string Group, Answer Answer), int>(SameInstances.Comparer);
        foreach (var ballot in ballots)
        {
            foreach (var answer in ballot.Answers)
            {
                if (answer.OptionKeys.Count == 0)
                {
                    continue;
                }

                CollectionsMarshal.GetValueRefOrAddDefault(byInstance, (ballot.RaterGroup, answer), out _)++;
                if (byInstance.Count >= FoldEvery)
                {
                    Fold(byInstance);
                }
            }
        }

        Fold(byInstance);
    }

    /// <summary>
    /// The counts as the host counts them straight from the stored sheets (contract 1.2): how often each option was
    /// chosen and how many sheets answered each cell with at least one option, per group; the sums over all groups are
    /// added up here. Zero counts may be left out.
    /// </summary>
    public OptionTally(
        IReadOnlyDictionary<(string Group, string Item, string? Subject, string Option), int> counts,
        IReadOnlyDictionary<(string Group, string Item, string? Subject), int> answered)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(answered);
        foreach (var ((group, item, subject, option), times) in counts)
        {
            Add(_counts, (group, item, subject, option), times);
            Add(_countsAllGroups, (item, subject, option), times);
        }

        foreach (var ((group, item, subject), times) in answered)
        {
            Add(_answered, (group, item, subject), times);
            Add(_answeredAllGroups, (item, subject), times);
        }
    }

    /// <summary>How often <paramref name="option"/> was chosen; <paramref name="group"/> null sums all groups.</summary>
    public int Count(string? group, string item, string? subject, string option) =>
        group is null
            ? _countsAllGroups.GetValueOrDefault((item, subject, option))
            : _counts.GetValueOrDefault((group, item, subject, option));

    /// <summary>How many ballots answered the item for the subject; <paramref name="group"/> null sums all groups.</summary>
    public int Answered(string? group, string item, string? subject) =>
        group is null
            ? _answeredAllGroups.GetValueOrDefault((item, subject))
            : _answered.GetValueOrDefault((group, item, subject));

    private void Fold(Dictionary<(string Group, Answer Answer), int> byInstance)
    {
        foreach (var ((group, answer), times) in byInstance)
        {
            Add(_answered, (group, answer.ItemKey, answer.SubjectId), times);
            Add(_answeredAllGroups, (answer.ItemKey, answer.SubjectId), times);
            foreach (var option in answer.OptionKeys)
            {
                Add(_counts, (group, answer.ItemKey, answer.SubjectId, option), times);
                Add(_countsAllGroups, (answer.ItemKey, answer.SubjectId, option), times);
            }
        }

        byInstance.Clear();
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int times)
        where TKey : notnull =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += times;

    /// <summary>Equal when both the group string and the answer are the very same instances.</summary>
    private sealed class SameInstances : IEqualityComparer<(string Group, Answer Answer)>
    {
        public static readonly SameInstances Comparer = new();

        public bool Equals((string Group, Answer Answer) x, (string Group, Answer Answer) y) =>
            ReferenceEquals(x.Group, y.Group) && ReferenceEquals(x.Answer, y.Answer);

        public int GetHashCode((string Group, Answer Answer) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Group), RuntimeHelpers.GetHashCode(key.Answer));
    }
}
