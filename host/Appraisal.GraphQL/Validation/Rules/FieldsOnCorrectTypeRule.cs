using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: "The target field of a field selection must be defined on the scoped type of the selection
/// set. There are no limitations on alias names." Suggests inline fragments on types that have the field, or
/// similarly named fields.
/// https://spec.graphql.org/September2025/#sec-Field-Selections
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterField(Field node)
        {
            if (context.ParentType is { } parentType && context.FieldDefinition is null)
            {
                var name = node.Name.Value;
                var hide = context.Options.HideSuggestions;
                var types = hide ? [] : SuggestedTypes(parentType, name);
                var fields = hide || types.Count > 0 ? [] : SuggestedFields(parentType, name);
                context.ReportError(ValidationErrors.UnknownField(node, parentType, types, fields));
            }

            return VisitAction.Continue;
        }

        // Object types and interfaces that have the field, those used by more possible types first,
        // then interfaces before the types that implement them, then by name.
        private IReadOnlyList<string> SuggestedTypes(NamedGraphType type, string fieldName)
        {
            if (!type.IsAbstractType)
            {
                return [];
            }

            var schema = context.Schema;
            var usage = new Dictionary<NamedGraphType, int>();
            foreach (var possible in schema.GetPossibleTypes(type))
            {
                if (!possible.Fields.ContainsKey(fieldName))
                {
                    continue;
                }

                usage[possible] = 1;
                foreach (var implemented in possible.Interfaces)
                {
                    if (implemented.Fields.ContainsKey(fieldName))
                    {
                        usage[implemented] = usage.GetValueOrDefault(implemented) + 1;
                    }
                }
            }

            var order = Comparer<NamedGraphType>.Create((a, b) =>
            {
                if (usage[b] != usage[a])
                {
                    return usage[b] - usage[a];
                }

                if (a is InterfaceType && schema.IsSubType(a, b))
                {
                    return -1;
                }

                return b is InterfaceType && schema.IsSubType(b, a) ? 1 : Suggestions.NaturalCompare(a.Name, b.Name);
            });
            return [.. usage.Keys.OrderBy(t => t, order).Select(t => t.Name)];
        }

        private static IReadOnlyList<string> SuggestedFields(NamedGraphType type, string fieldName) =>
            type is IFieldsContainer container ? Suggestions.For(fieldName, container.Fields.Keys) : [];
    }
}
