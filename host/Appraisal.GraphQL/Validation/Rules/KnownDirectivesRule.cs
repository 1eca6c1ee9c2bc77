using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Language.DirectiveDefinition;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined and Directives Are in Valid Locations: "GraphQL servers define what directives they
/// support and where they support them. For each usage of a directive, the directive must be used in a location
/// that the server has declared support for."
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// https://spec.graphql.org/September2025/#sec-Directives-Are-In-Valid-Locations
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>A location as the spec spells it: <see cref="DirectiveLocation.FragmentSpread"/> → <c>FRAGMENT_SPREAD</c>.</summary>
    internal static string Spell(DirectiveLocation location) =>
        string.Concat(location.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, HashSet<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives.Values)
            {
                _locations[directive.Name] = [.. directive.Locations.Select(Spell)];
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinition>())
            {
                _locations[definition.Name.Value] = [.. definition.Locations.Select(l => l.Value)];
            }
        }

        protected override VisitAction EnterDirective(Directive node)
        {
            if (!_locations.TryGetValue(node.Name.Value, out var allowed))
            {
                _context.ReportError(ValidationErrors.UnknownDirective(node));
                return VisitAction.Continue;
            }

            var ancestors = _context.Ancestors;
            if (LocationOf(ancestors[^1], ancestors.Count > 2 ? ancestors[^2] : null) is { } location && !allowed.Contains(location))
            {
                _context.ReportError(ValidationErrors.MisplacedDirective(node, location));
            }

            return VisitAction.Continue;
        }

        private static string? LocationOf(SyntaxNode appliedTo, SyntaxNode? grandParent) => appliedTo switch
        {
            OperationDefinition { Operation: OperationType.Query } => "QUERY",
            OperationDefinition { Operation: OperationType.Mutation } => "MUTATION",
            OperationDefinition => "SUBSCRIPTION",
            Field => "FIELD",
            FragmentSpread => "FRAGMENT_SPREAD",
            InlineFragment => "INLINE_FRAGMENT",
            FragmentDefinition => "FRAGMENT_DEFINITION",
            VariableDefinition => "VARIABLE_DEFINITION",
            SchemaDefinition or SchemaExtension => "SCHEMA",
            ScalarTypeDefinition or ScalarTypeExtension => "SCALAR",
            ObjectTypeDefinition or ObjectTypeExtension => "OBJECT",
            Language.FieldDefinition => "FIELD_DEFINITION",
            InterfaceTypeDefinition or InterfaceTypeExtension => "INTERFACE",
            UnionTypeDefinition or UnionTypeExtension => "UNION",
            EnumTypeDefinition or EnumTypeExtension => "ENUM",
            Language.EnumValueDefinition => "ENUM_VALUE",
            InputObjectTypeDefinition or InputObjectTypeExtension => "INPUT_OBJECT",
            Language.InputValueDefinition => grandParent is InputObjectTypeDefinition or InputObjectTypeExtension
                ? "INPUT_FIELD_DEFINITION"
                : "ARGUMENT_DEFINITION",
            _ => null,
        };
    }
}
