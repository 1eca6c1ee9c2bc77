using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Language.DirectiveDefinition;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: "Arguments can be required. An argument is required if the argument type is non-null
/// and does not have a default value. Otherwise, the argument is optional." Applies to fields and directives.
/// https://spec.graphql.org/September2025/#sec-Required-Arguments
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;

        // Directive name → its required arguments (name, printed type), from the schema and from the document.
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredByDirective = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives.Values)
            {
                _requiredByDirective[directive.Name] = [.. directive.Arguments.Where(IsRequired).Select(a => (a.Name, a.Type.ToString()))];
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinition>())
            {
                _requiredByDirective[definition.Name.Value] =
                [
                    .. definition.Arguments
                        .Where(a => a.Type is NonNullType && a.DefaultValue is null)
                        .Select(a => (a.Name.Value, Printer.Print(a.Type))),
                ];
            }
        }

        protected override void LeaveField(Field node)
        {
            if (_context.FieldDefinition is not { Arguments.Count: > 0 } field)
            {
                return;
            }

            foreach (var argument in field.Arguments)
            {
                if (IsRequired(argument) && !node.Arguments.Any(a => a.Name.Value == argument.Name))
                {
                    var owner = field.Name.StartsWith("__", StringComparison.Ordinal) ? "<meta>" : _context.FieldParentType!.Name;
                    _context.ReportError(ValidationErrors.MissingFieldArgument(node, $"{owner}.{field.Name}({argument.Name}:)", argument.Type));
                }
            }
        }

        protected override void LeaveDirective(Directive node)
        {
            if (!_requiredByDirective.TryGetValue(node.Name.Value, out var required))
            {
                return;
            }

            foreach (var (name, type) in required)
            {
                if (!node.Arguments.Any(a => a.Name.Value == name))
                {
                    _context.ReportError(ValidationErrors.MissingDirectiveArgument(node, name, type));
                }
            }
        }

        private static bool IsRequired(Types.InputValueDefinition argument) =>
            argument.Type is NonNullGraphType && !argument.HasDefaultValue;
    }
}
