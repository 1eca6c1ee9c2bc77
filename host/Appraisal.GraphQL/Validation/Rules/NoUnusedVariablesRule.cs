using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used: "All variables defined by an operation must be used in that operation or a fragment
/// transitively included by that operation."
/// https://spec.graphql.org/September2025/#sec-All-Variables-Used
/// </summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            var used = context.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                if (!used.Contains(definition.Variable.Name.Value))
                {
                    context.ReportError(ValidationErrors.UnusedVariable(definition, node));
                }
            }

            return VisitAction.Continue;
        }
    }
}
