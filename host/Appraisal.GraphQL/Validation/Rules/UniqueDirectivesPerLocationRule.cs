using Appraisal.GraphQL.Language;
using DirectiveDefinition = Appraisal.GraphQL.Language.DirectiveDefinition;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique per Location: "GraphQL allows directives that are defined as repeatable to be used
/// more than once on the definition they apply to ... for other directives, only one use is allowed per location."
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _isUnique = new(StringComparer.Ordinal);

        // A type and its extensions (and the schema and its extensions) are one location.
        private readonly Dictionary<string, Dictionary<string, Directive>> _byTypeName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Directive> _schemaDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives.Values)
            {
                _isUnique[directive.Name] = !directive.IsRepeatable;
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinition>())
            {
                _isUnique[definition.Name.Value] = !definition.Repeatable;
            }
        }

        protected override VisitAction EnterNode(SyntaxNode node)
        {
            var (directives, seen) = node switch
            {
                Selection selection => (selection.Directives, null),
                ExecutableDefinition definition => (definition.Directives, null),
                VariableDefinition variable => (variable.Directives, null),
                SchemaDefinition schema => (schema.Directives, _schemaDirectives),
                SchemaExtension schema => (schema.Directives, _schemaDirectives),
                TypeDefinition type => (type.Directives, SeenOn(type.Name.Value)),
                TypeExtension type => (type.Directives, SeenOn(type.Name.Value)),
                Language.FieldDefinition field => (field.Directives, null),
                Language.InputValueDefinition input => (input.Directives, null),
                Language.EnumValueDefinition value => (value.Directives, null),
                _ => ((IReadOnlyList<Directive>?)null, (Dictionary<string, Directive>?)null),
            };
            if (directives is null || directives.Count == 0)
            {
                return VisitAction.Continue;
            }

            seen ??= new Dictionary<string, Directive>(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (_isUnique.GetValueOrDefault(name) && !seen.TryAdd(name, directive))
                {
                    _context.ReportError(ValidationErrors.DuplicateDirective(seen[name], directive));
                }
            }

            return VisitAction.Continue;
        }

        private Dictionary<string, Directive> SeenOn(string typeName)
        {
            if (!_byTypeName.TryGetValue(typeName, out var seen))
            {
                _byTypeName[typeName] = seen = new Dictionary<string, Directive>(StringComparer.Ordinal);
            }

            return seen;
        }
    }
}
