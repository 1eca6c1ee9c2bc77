using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Maximum fields per operation (not in the spec; a host protection for public endpoints): counts every field
/// an operation would select with its fragments expanded, as many times as they are spread, so a few lines
/// that fan out through nested fragments cannot ask for millions of fields. Each fragment is counted once and
/// multiplied, so the count itself stays cheap. Compare https://spec.graphql.org/September2025/#sec-Field-Collection
/// </summary>
public sealed class MaxFieldsRule : IValidationRule
{
    private readonly int _maxFields;

    public MaxFieldsRule(int maxFields)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFields, 1);
        _maxFields = maxFields;
    }

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, _maxFields);

    private sealed class Visitor(ValidationContext context, int maxFields) : ValidationVisitor
    {
        private readonly Dictionary<string, long> _fragmentFields = new(StringComparer.Ordinal);
        private readonly HashSet<string> _counting = new(StringComparer.Ordinal);

        private const long Saturated = long.MaxValue / 4;

        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            var count = Count(node.SelectionSet);
            if (count > maxFields)
            {
                context.ReportError(ValidationErrors.TooManyFields(node, count, maxFields));
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node) => VisitAction.SkipChildren;

        private long Count(SelectionSet selectionSet)
        {
            long count = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var selected = selection switch
                {
                    Field field => 1 + (field.SelectionSet is { } inner ? Count(inner) : 0),
                    InlineFragment inline => Count(inline.SelectionSet),
                    FragmentSpread spread => CountFragment(spread.Name.Value),
                    _ => 0,
                };

                // Saturate instead of overflowing: a fan-out of fragments can describe more fields than a long holds.
                count = Math.Min(count + selected, Saturated);
            }

            return count;
        }

        private long CountFragment(string name)
        {
            if (_fragmentFields.TryGetValue(name, out var known))
            {
                return known;
            }

            // An unknown or cyclic fragment is another rule's error; it adds nothing here.
            if (context.GetFragment(name) is not { } fragment || !_counting.Add(name))
            {
                return 0;
            }

            var count = Count(fragment.SelectionSet);
            _counting.Remove(name);
            _fragmentFields[name] = count;
            return count;
        }
    }
}
