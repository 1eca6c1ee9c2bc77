using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness: "If any operation defines more than one variable with the same name, it is ambiguous and invalid."
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
/// </summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            foreach (var group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                {
                    context.ReportError(ValidationErrors.DuplicateVariable(group.Key, group.Select(v => v.Variable.Name)));
                }
            }

            return VisitAction.Continue;
        }
    }
}
