using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (and the types of variables): "For each named spread namedSpread in the
/// document: let fragment be the target of namedSpread; the target type of fragment must be defined in the schema."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    // Type-system definitions may name these even when the schema lacks them (graphql-js does the same).
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private HashSet<string>? _definedTypeNames;

        protected override VisitAction EnterNamedType(NamedType node)
        {
            var name = node.Name.Value;
            _definedTypeNames ??= [.. context.Document.Definitions.OfType<TypeDefinition>().Select(d => d.Name.Value)];
            if (context.Schema.FindType(name) is not null || _definedTypeNames.Contains(name))
            {
                return VisitAction.Continue;
            }

            var ancestors = context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors[^1];
            var isTypeSystem = definition is TypeSystemDefinition or TypeSystemExtension;
            if (isTypeSystem && StandardTypeNames.Contains(name))
            {
                return VisitAction.Continue;
            }

            IReadOnlyList<string> suggestions = [];
            if (!context.Options.HideSuggestions)
            {
                var known = context.Schema.Types.Keys.Concat(_definedTypeNames).Distinct();
                suggestions = Suggestions.For(name, isTypeSystem ? StandardTypeNames.Concat(known) : known);
            }

            context.ReportError(ValidationErrors.UnknownType(node, suggestions));
            return VisitAction.Continue;
        }
    }
}
