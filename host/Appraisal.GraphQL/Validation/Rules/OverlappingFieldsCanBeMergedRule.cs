using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: "If multiple field selections with the same response names are encountered during
/// execution, the field and arguments to execute and the resulting value should be unambiguous. Therefore any
/// two field selections which might both be encountered for the same object are only valid if they are equivalent."
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
/// <remarks>
/// graphql-js's algorithm: fields are collected once per (parent type, selection set), fragment pairs and
/// field-set/fragment pairs are compared once each (remembering whether the parents were mutually exclusive),
/// and a work budget aborts validation of pathological documents instead of running for minutes.
/// </remarks>
public sealed partial class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(new ConflictFinder(context), context);

    private sealed class Visitor(ConflictFinder finder, ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterSelectionSet(SelectionSet node)
        {
            // An inline fragment's selections are compared with its parent's; a lone field cannot conflict.
            if (context.Ancestors[^1] is InlineFragment
                || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragment)))
            {
                return VisitAction.Continue;
            }

            foreach (var conflict in finder.FindConflictsWithin(context.ParentType, node))
            {
                context.ReportError(ValidationErrors.FieldsConflict(
                    Abbreviate(conflict.ResponseName), conflict.Reason, [.. conflict.Fields1, .. conflict.Fields2]));
            }

            return VisitAction.Continue;
        }
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<Field> Fields1, List<Field> Fields2);

    /// <summary>One field selection with what is known about it where it was collected.</summary>
    private sealed class FieldDetails(NamedGraphType? parentType, Field node, Types.FieldDefinition? definition)
    {
        public NamedGraphType? ParentType { get; } = parentType;

        public Field Node { get; } = node;

        public Types.FieldDefinition? Definition { get; } = definition;

        public Directive? Stream { get; } = node.Directives.FirstOrDefault(d => d.Name.Value == "stream");

        public bool IsSimpleLeaf => Node.Arguments.Count == 0 && Node.SelectionSet is null && Stream is null;
    }

    /// <summary>Fields by response name and the fragment spreads of one selection set, with comparison caches.</summary>
    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpread> Spreads { get; } = [];

        public List<SpreadTarget>? ResolvedSpreads { get; set; }

        public Dictionary<CollectedFields, List<(string Name, List<FieldDetails> Left, List<FieldDetails> Right)>> Overlaps { get; } =
            new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>A spread and the fragment it names (null when undefined); spreads of one fragment count once.</summary>
    private sealed class SpreadTarget(FragmentSpread node, FragmentDefinition? definition)
    {
        public FragmentSpread Node { get; set; } = node;

        public FragmentDefinition? Definition { get; } = definition;
    }

    /// <summary>
    /// Remembers compared pairs and whether they were compared with mutually exclusive parents: a pair compared
    /// as not exclusive covers both cases; one compared as exclusive covers only that case.
    /// </summary>
    private sealed class PairSet(bool ordered)
    {
        private static readonly object Missing = new();
        private readonly Dictionary<object, Dictionary<object, bool>> _data = new(ReferenceEqualityComparer.Instance);

        public bool Has(object? a, object? b, bool mutuallyExclusive) =>
            HasOrdered(a ?? Missing, b ?? Missing, mutuallyExclusive) || (!ordered && HasOrdered(b ?? Missing, a ?? Missing, mutuallyExclusive));

        public void Add(object? a, object? b, bool mutuallyExclusive)
        {
            if (!_data.TryGetValue(a ?? Missing, out var map))
            {
                _data[a ?? Missing] = map = new Dictionary<object, bool>(ReferenceEqualityComparer.Instance);
            }

            map[b ?? Missing] = mutuallyExclusive;
        }

        private bool HasOrdered(object a, object b, bool mutuallyExclusive) =>
            _data.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (mutuallyExclusive || !stored);
    }
}
