using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Maximum introspection depth (not in the spec; graphql-js 17's safety rule): an introspection query may nest
/// the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> fewer than three
/// deep, through fragments too, so a small document cannot ask for a huge answer.
/// Compare https://spec.graphql.org/September2025/#sec-Introspection
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Fragment name → the depth it was entered at and found within (checked) or beyond (exceeded) the limit.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        protected override VisitAction EnterField(Field node)
        {
            if (node.Name.Value is "__schema" or "__type"
                && IsTooDeep(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(ValidationErrors.IntrospectionTooDeep(node));
                return VisitAction.SkipChildren;
            }

            return VisitAction.Continue;
        }

        private bool IsTooDeep(SyntaxNode node, Dictionary<string, int> visited, int depth)
        {
            if (node is FragmentSpread spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
                {
                    return true;
                }

                if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
                    || context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visited[name] = depth;
                if (IsTooDeep(fragment, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }

                _checked[name] = depth;
                return false;
            }

            if (node is Field { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
            {
                return true;
            }

            var selectionSet = node switch
            {
                Field field => field.SelectionSet,
                InlineFragment inline => inline.SelectionSet,
                FragmentDefinition fragmentDefinition => fragmentDefinition.SelectionSet,
                _ => null,
            };
            return selectionSet is not null && selectionSet.Selections.Any(child => IsTooDeep(child, visited, depth));
        }
    }
}
