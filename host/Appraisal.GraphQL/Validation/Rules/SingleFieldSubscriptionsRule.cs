using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Single Root Field: "Subscription operations must have exactly one root field." The root field must not be an
/// introspection field, and <c>@skip</c>/<c>@include</c> may not decide which root field it is.
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } root)
            {
                return VisitAction.Continue;
            }

            var name = node.Name?.Value;
            var collector = new RootFieldCollector(context, root);
            collector.Collect(node.SelectionSet);
            if (collector.Forbidden.Count > 0)
            {
                context.ReportError(ValidationErrors.SubscriptionUsesSkipOrInclude(name, collector.Forbidden));
                return VisitAction.Continue;
            }

            var groups = collector.Groups;
            if (groups.Count == 0)
            {
                context.ReportError(ValidationErrors.SubscriptionSelectsNoField(name, node.SelectionSet));
            }
            else if (groups.Count > 1)
            {
                context.ReportError(ValidationErrors.SubscriptionSelectsMoreThanOneField(name, groups.Values.Skip(1).SelectMany(g => g)));
            }

            foreach (var group in groups.Values)
            {
                if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(ValidationErrors.SubscriptionSelectsIntrospectionField(name, group));
                }
            }

            return VisitAction.Continue;
        }
    }

    /// <summary>CollectFields() for the root selection set, with no variables; <c>@skip</c>/<c>@include</c> are collected as forbidden.</summary>
    private sealed class RootFieldCollector(ValidationContext context, ObjectType root)
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public OrderedDictionary<string, List<Field>> Groups { get; } = new(StringComparer.Ordinal);

        public List<Directive> Forbidden { get; } = [];

        public void Collect(SelectionSet selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                if (!IsIncluded(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case Field field:
                        var key = (field.Alias ?? field.Name).Value;
                        if (!Groups.TryGetValue(key, out var group))
                        {
                            Groups[key] = group = [];
                        }

                        group.Add(field);
                        break;
                    case InlineFragment inline when Matches(inline.TypeCondition):
                        Collect(inline.SelectionSet);
                        break;
                    case FragmentSpread spread when context.GetFragment(spread.Name.Value) is { } fragment
                        && Matches(fragment.TypeCondition) && _visitedFragments.Add(spread.Name.Value):
                        Collect(fragment.SelectionSet);
                        break;
                }
            }
        }

        private bool IsIncluded(Selection selection)
        {
            foreach (var name in (ReadOnlySpan<string>)["skip", "include"])
            {
                if (selection.Directives.FirstOrDefault(d => d.Name.Value == name) is { } directive)
                {
                    Forbidden.Add(directive);
                    return false;
                }
            }

            return true;
        }

        private bool Matches(NamedType? condition)
        {
            if (condition is null)
            {
                return true;
            }

            var type = context.Schema.FindType(condition.Name.Value);
            return ReferenceEquals(type, root) || (type is { IsAbstractType: true } && context.Schema.IsSubType(type, root));
        }
    }
}
