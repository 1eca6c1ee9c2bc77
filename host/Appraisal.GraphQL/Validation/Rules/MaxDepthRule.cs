using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Maximum selection depth (not in the spec; a host protection for public endpoints): fields may be nested at
/// most <c>maxDepth</c> deep, counting through fragment spreads and inline fragments. A root field is at depth 1.
/// Compare https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets
/// </summary>
public sealed class MaxDepthRule : IValidationRule
{
    private readonly int _maxDepth;

    public MaxDepthRule(int maxDepth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        _maxDepth = maxDepth;
    }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, _maxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : ValidationVisitor
    {
        // Fragments already walked at a depth at least as deep without exceeding the limit need no second walk.
        private readonly Dictionary<string, int> _safeFromDepth = new(StringComparer.Ordinal);

        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            if (FirstTooDeep(node.SelectionSet, 0, []) is { } field)
            {
                context.ReportError(ValidationErrors.SelectionTooDeep(field, maxDepth));
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node) => VisitAction.SkipChildren;

        private Field? FirstTooDeep(SelectionSet selectionSet, int depth, HashSet<string> path)
        {
            foreach (var selection in selectionSet.Selections)
            {
                var found = selection switch
                {
                    Field field when depth + 1 > maxDepth => field,
                    Field { SelectionSet: { } inner } => FirstTooDeep(inner, depth + 1, path),
                    InlineFragment inline => FirstTooDeep(inline.SelectionSet, depth, path),
                    FragmentSpread spread => ThroughFragment(spread.Name.Value, depth, path),
                    _ => null,
                };
                if (found is not null)
                {
                    return found;
                }
            }

            return null;
        }

        private Field? ThroughFragment(string name, int depth, HashSet<string> path)
        {
            // Cycles are NoFragmentCycles' business; a fragment already walked as deep or deeper is known to be safe.
            if ((_safeFromDepth.TryGetValue(name, out var safe) && safe >= depth)
                || context.GetFragment(name) is not { } fragment
                || !path.Add(name))
            {
                return null;
            }

            var found = FirstTooDeep(fragment.SelectionSet, depth, path);
            path.Remove(name);
            if (found is null)
            {
                _safeFromDepth[name] = depth;
            }

            return found;
        }
    }
}
