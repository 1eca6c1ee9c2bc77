using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The combination of group scores for one unit class (DOMAIN §3.2 (b), (c)). A dot in a rater group's key nests
/// it: <c>concentrated.handlers</c> and <c>concentrated.deputies</c> are combined first, inside the node
/// <c>concentrated</c>, by their own weights (S57: 集中评议 = 手续经办人员 80 % + the rest), and the node then
/// enters its parent with the weight from the setting <c>weight.concentrated</c>. Without that setting a node
/// weighs the sum of its members' weights, so nesting alone changes nothing while every group is present.
/// A group whose key is itself a node (<c>concentrated</c> next to <c>concentrated.handlers</c>) is one more
/// member of that node, with its own weight. Groups without a weight for the class are advisory and left out.
/// At every level the weights are renormalised over the members that have a score: a missing group hands its
/// weight to its siblings, not to the whole tree — unless the campaign asks to withhold the composite instead.
/// </summary>
internal sealed class WeightTree
{
    private readonly Node _root = new("");
    private readonly string? _unitClass;
    private readonly AgencySettings _settings;

    public WeightTree(IEnumerable<RaterGroup> groups, string? unitClass, AgencySettings settings)
    {
        _unitClass = unitClass;
        _settings = settings;
        foreach (var group in groups)
        {
            if (group.WeightFor(unitClass) is not { } weight)
            {
                continue;
            }

            if (weight < 0m)
            {
                throw AgencySettings.Invalid($"raterGroup {group.Key}", "权重不能为负", "a weight cannot be negative");
            }

            var node = _root;
            foreach (var part in group.Key.Split('.'))
            {
                var path = node.Path.Length == 0 ? part : $"{node.Path}.{part}";
                var child = node.Children.Find(c => c.Path == path);
                if (child is null)
                {
                    child = new Node(path);
                    node.Children.Add(child);
                }

                node = child;
            }

            node.Group = group;
            node.GroupWeight = weight;
        }
    }

    /// <summary>The node weights this class used (nodes that are not themselves groups), for the rules table.</summary>
    public IEnumerable<(string Path, decimal Weight, bool FromSetting)> NodeWeights()
    {
        var pending = new Stack<Node>(_root.Children);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.Children.Count > 0)
            {
                var configured = _settings.NodeWeights.TryGetValue(node.Path, out var weights) ? weights.For(_unitClass) : null;
                yield return (node.Path, WeightOf(node), configured is not null);
                foreach (var child in node.Children)
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// The composite of the given group scores (null: the group has no score for this agency), and each combined
    /// group's share of it; the score is null when nothing could be combined.
    /// </summary>
    public (decimal? Score, IReadOnlyDictionary<string, decimal> Shares) Combine(Func<string, decimal?> scoreOf)
    {
        var (score, shares) = Evaluate(_root, scoreOf);
        return score is null
            ? (null, new Dictionary<string, decimal>())
            : (score, shares.ToDictionary(s => s.Key, s => s.Share, StringComparer.Ordinal));
    }

    /// <summary>A node's score and its groups' shares of it.</summary>
    private (decimal? Score, List<(string Key, decimal Share)> Shares) Evaluate(Node node, Func<string, decimal?> scoreOf)
    {
        // Members: the node's own group, if any, then its children, in the order the groups were defined.
        var members = new List<(decimal Weight, decimal? Score, List<(string Key, decimal Share)> Shares)>();
        if (node.Group is { } own)
        {
            members.Add((node.GroupWeight, scoreOf(own.Key), [(own.Key, 1m)]));
        }

        foreach (var child in node.Children)
        {
            var (score, shares) = Evaluate(child, scoreOf);
            members.Add((WeightOf(child), score, shares));
        }

        if (members.Count == 0)
        {
            return (null, []); // no weighted group at all for this class
        }

        if (node.Children.Count == 0)
        {
            return (members[0].Score, members[0].Shares);
        }

        if (_settings.WithholdWhenGroupMissing && members.Any(m => m.Score is null))
        {
            return (null, []);
        }

        var present = members.Where(m => m.Score is not null).ToArray();
        var total = present.Sum(m => m.Weight);
        if (total == 0m)
        {
            return (null, []);
        }

        var sum = 0m;
        var result = new List<(string Key, decimal Share)>();
        foreach (var (weight, score, shares) in present)
        {
            sum += weight * score!.Value;
            result.AddRange(shares.Select(s => (s.Key, s.Share * weight / total)));
        }

        return (sum / total, result);
    }

    private decimal WeightOf(Node node)
    {
        if (node.Children.Count == 0)
        {
            return node.GroupWeight;
        }

        if (_settings.NodeWeights.TryGetValue(node.Path, out var weights) && weights.For(_unitClass) is { } configured)
        {
            return configured;
        }

        return (node.Group is null ? 0m : node.GroupWeight) + node.Children.Sum(WeightOf);
    }

    private sealed class Node(string path)
    {
        public string Path { get; } = path;

        public List<Node> Children { get; } = [];

        public RaterGroup? Group { get; set; }

        public decimal GroupWeight { get; set; }
    }
}
