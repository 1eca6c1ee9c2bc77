using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: "Variables are scoped on a per-operation basis. That means that any variable used
/// within the context of an operation must be defined at the top level of that operation."
/// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            var defined = node.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                if (!defined.Contains(usage.Node.Name.Value))
                {
                    context.ReportError(ValidationErrors.UndefinedVariable(usage.Node, node));
                }
            }

            return VisitAction.Continue;
        }
    }
}
