using System.Runtime.CompilerServices;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Ballots;

/// <summary>
/// A questionnaire turned into arrays and dictionaries, so that checking an answer costs a few hash look-ups
/// instead of the linear searches of <see cref="Questionnaire.FindItem"/> and <see cref="Scale.FindOption"/>.
/// Building it also checks the questionnaire: the validator must never throw, and a questionnaire with null
/// entries, duplicate keys, a missing scale or a cycle of conditions cannot say what a valid ballot is, so
/// <see cref="TryBuild"/> refuses it instead of guessing.
/// </summary>
internal sealed class QuestionnaireIndex
{
    private QuestionnaireIndex(
        QuestionItem[] items,
        Dictionary<string, int> itemPositions,
        Dictionary<string, int>?[] options,
        int[] parents,
        int[] order)
    {
        Items = items;
        ItemPositions = itemPositions;
        Options = options;
        Parents = parents;
        Order = order;
    }

    /// <summary>The items in questionnaire order; every later array is indexed by position here.</summary>
    public QuestionItem[] Items { get; }

    /// <summary>Item key → position in <see cref="Items"/>.</summary>
    public Dictionary<string, int> ItemPositions { get; }

    /// <summary>
    /// For a choice or checklist item, its scale's option keys → their position on the scale (shared by items of
    /// the same scale); null for a text item.
    /// </summary>
    public Dictionary<string, int>?[] Options { get; }

    /// <summary>The position of the item an item's <c>ShowWhen</c> refers to, or −1 when it has no condition.</summary>
    public int[] Parents { get; }

    /// <summary>Every item position once, each after the item its condition refers to.</summary>
    public int[] Order { get; }

    // Casting checks every ballot of a campaign against the same questionnaire instance (the box's snapshot), so the
    // index is built once per instance. Questionnaires are values: nothing changes one after it is made.
    private static readonly ConditionalWeakTable<Questionnaire, Built> Cache = new();

    /// <summary><see cref="TryBuild"/>, remembered per questionnaire instance.</summary>
    public static QuestionnaireIndex? For(Questionnaire? questionnaire, out string? faultyItemKey)
    {
        if (questionnaire is null)
        {
            return TryBuild(questionnaire, out faultyItemKey);
        }

        var built = Cache.GetValue(questionnaire, static q => new Built(TryBuild(q, out var faulty), faulty));
        faultyItemKey = built.FaultyItemKey;
        return built.Index;
    }

    /// <summary>The index, or null with the key of the item at fault (null when no item is to blame).</summary>
    public static QuestionnaireIndex? TryBuild(Questionnaire? questionnaire, out string? faultyItemKey)
    {
        faultyItemKey = null;
        if (questionnaire?.Items is not { } items || questionnaire.Scales is not { } scales)
        {
            return null;
        }

        var scaleOptions = new Dictionary<string, Dictionary<string, int>>(scales.Count, StringComparer.Ordinal);
        foreach (var scale in scales)
        {
            if (scale?.Key is null || scale.Options is not { } options || scaleOptions.ContainsKey(scale.Key))
            {
                return null;
            }

            var positions = new Dictionary<string, int>(options.Count, StringComparer.Ordinal);
            for (var i = 0; i < options.Count; i++)
            {
                if (options[i]?.Key is not { } optionKey || !positions.TryAdd(optionKey, i))
                {
                    return null;
                }
            }

            scaleOptions.Add(scale.Key, positions);
        }

        var count = items.Count;
        var itemArray = new QuestionItem[count];
        var itemPositions = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var optionsByItem = new Dictionary<string, int>?[count];
        for (var i = 0; i < count; i++)
        {
            var item = items[i];
            if (item?.Key is null)
            {
                return null;
            }

            faultyItemKey = item.Key;
            if (!itemPositions.TryAdd(item.Key, i) || !Enum.IsDefined(item.Scope)
                || item.ShowWhen is { ItemKey: null } or { OptionKeys: null })
            {
                return null;
            }

            switch (item.Kind)
            {
                case ItemKind.Text:
                    break;
                case ItemKind.Choice or ItemKind.Checklist:
                    if (item.ScaleKey is null || !scaleOptions.TryGetValue(item.ScaleKey, out var options))
                    {
                        return null;
                    }

                    optionsByItem[i] = options;
                    break;
                default:
                    return null;
            }

            itemArray[i] = item;
        }

        var parents = new int[count];
        for (var i = 0; i < count; i++)
        {
            parents[i] = -1;
            if (itemArray[i].ShowWhen is { } condition)
            {
                if (!itemPositions.TryGetValue(condition.ItemKey, out parents[i]))
                {
                    faultyItemKey = itemArray[i].Key;
                    return null;
                }
            }
        }

        var order = OrderParentsFirst(parents, out var cycleMember);
        if (order is null)
        {
            faultyItemKey = itemArray[cycleMember].Key;
            return null;
        }

        faultyItemKey = null;
        return new QuestionnaireIndex(itemArray, itemPositions, optionsByItem, parents, order);
    }

    /// <summary>
    /// A topological order of the condition forest: every item has at most one parent, so walking up from each
    /// unplaced item until a placed one (or a root) and placing the walked path in reverse visits every item
    /// once. Meeting an item already on the current path means the conditions form a cycle, which no ballot
    /// could satisfy, so there is no order.
    /// </summary>
    private static int[]? OrderParentsFirst(int[] parents, out int cycleMember)
    {
        const byte Unplaced = 0, OnPath = 1, Placed = 2;
        var state = new byte[parents.Length];
        var order = new int[parents.Length];
        var placed = 0;
        var path = new List<int>();
        for (var start = 0; start < parents.Length; start++)
        {
            path.Clear();
            var current = start;
            while (current >= 0 && state[current] == Unplaced)
            {
                state[current] = OnPath;
                path.Add(current);
                current = parents[current];
            }

            if (current >= 0 && state[current] == OnPath)
            {
                cycleMember = current;
                return null;
            }

            for (var i = path.Count - 1; i >= 0; i--)
            {
                state[path[i]] = Placed;
                order[placed++] = path[i];
            }
        }

        cycleMember = -1;
        return order;
    }

    private sealed record Built(QuestionnaireIndex? Index, string? FaultyItemKey);
}
