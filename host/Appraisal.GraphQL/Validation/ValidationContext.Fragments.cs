using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation;

// Fragment spreads and variable usages, computed once per selection set, operation or fragment.
public sealed partial class ValidationContext
{
    private readonly Dictionary<SelectionSet, IReadOnlyList<FragmentSpread>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinition, IReadOnlyList<FragmentDefinition>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinition, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    /// <summary>The fragment spreads anywhere under a selection set, not following fragments (graphql-js's order).</summary>
    public IReadOnlyList<FragmentSpread> GetFragmentSpreads(SelectionSet selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpread>();
        var toVisit = new Stack<SelectionSet>();
        toVisit.Push(selectionSet);
        while (toVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpread spread:
                        spreads.Add(spread);
                        break;
                    case Field { SelectionSet: { } inner }:
                        toVisit.Push(inner);
                        break;
                    case InlineFragment inline:
                        toVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(OperationDefinition operation)
    {
        if (!_referencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            _referencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>Every fragment any of these operations uses, each once.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinition> operations) =>
        CollectReferencedFragments(operations);

    /// <summary>The variables used in an operation or fragment itself (not in the fragments it spreads).</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinition definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(new TypeInfo(Schema));
            collector.Visit(definition);
            usages = collector.Usages;
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables an operation uses, in its own selections and then in every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinition operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private List<FragmentDefinition> CollectReferencedFragments(IReadOnlyList<OperationDefinition> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinition>();

        // Names found in a fragment join the end of the list being walked: breadth first, like graphql-js.
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>Walks one definition with its own type info and records each variable with its expected type.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo) : SyntaxVisitor
    {
        private readonly Stack<SyntaxNode> _ancestors = new();

        public List<VariableUsage> Usages { get; } = [];

        protected override VisitAction EnterNode(SyntaxNode node)
        {
            if (node is VariableDefinition || ValidationWalker.IsDescription(node, _ancestors.Count > 0 ? _ancestors.Peek() : null))
            {
                return VisitAction.SkipChildren;
            }

            typeInfo.Enter(node);
            if (node is Variable variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.DefaultValue));
            }

            _ancestors.Push(node);
            return VisitAction.Continue;
        }

        protected override void LeaveNode(SyntaxNode node)
        {
            _ancestors.Pop();
            typeInfo.Leave(node);
        }
    }
}
