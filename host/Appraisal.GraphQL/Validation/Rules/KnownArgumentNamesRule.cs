using Appraisal.GraphQL.Language;
using DirectiveDefinition = Appraisal.GraphQL.Language.DirectiveDefinition;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names: "For each argument in the document: let argumentName be the Name of argument; let
/// argumentDefinition be the argument definition provided by the parent field or definition named argumentName;
/// argumentDefinition must exist." Applies to field and directive arguments.
/// https://spec.graphql.org/September2025/#sec-Argument-Names
/// </summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives.Values)
            {
                _directiveArguments[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
            }

            foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinition>())
            {
                _directiveArguments[definition.Name.Value] = [.. definition.Arguments.Select(a => a.Name.Value)];
            }
        }

        // Directive arguments are checked here, all at once; the walk below a directive is skipped for this rule.
        protected override VisitAction EnterDirective(Directive node)
        {
            if (_directiveArguments.TryGetValue(node.Name.Value, out var known))
            {
                foreach (var argument in node.Arguments)
                {
                    if (!known.Contains(argument.Name.Value))
                    {
                        var suggestions = _context.Options.HideSuggestions ? [] : Suggestions.For(argument.Name.Value, known);
                        _context.ReportError(ValidationErrors.UnknownDirectiveArgument(argument, node.Name.Value, suggestions));
                    }
                }
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterArgument(Argument node)
        {
            if (_context.Argument is null && _context.FieldDefinition is { } field)
            {
                var suggestions = _context.Options.HideSuggestions ? [] : Suggestions.For(node.Name.Value, field.Arguments.Select(a => a.Name));
                var owner = field.Name.StartsWith("__", StringComparison.Ordinal) ? "<meta>" : _context.FieldParentType!.Name;
                _context.ReportError(ValidationErrors.UnknownArgument(node, $"{owner}.{field.Name}", suggestions));
            }

            return VisitAction.Continue;
        }
    }
}
