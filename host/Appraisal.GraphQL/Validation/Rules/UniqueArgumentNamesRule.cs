using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Argument Uniqueness: "Fields and directives treat arguments as a mapping of argument name to value. More
/// than one argument with the same name in an argument set is ambiguous and invalid."
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
/// </summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterField(Field node)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        protected override VisitAction EnterDirective(Directive node)
        {
            Check(node.Arguments);
            return VisitAction.Continue;
        }

        private void Check(IReadOnlyList<Argument> arguments)
        {
            if (arguments.Count < 2)
            {
                return;
            }

            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                {
                    context.ReportError(ValidationErrors.DuplicateArgument(group.Key, group.Select(a => a.Name)));
                }
            }
        }
    }
}
