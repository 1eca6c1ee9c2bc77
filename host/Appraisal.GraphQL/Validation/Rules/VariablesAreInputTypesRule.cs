using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types: "Variables can only be input types. Objects, unions, and interfaces cannot be used as inputs."
/// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
/// </summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterVariableDefinition(VariableDefinition node)
        {
            if (TypeReferences.Resolve(context.Schema, node.Type) is { IsInputType: false })
            {
                context.ReportError(ValidationErrors.NonInputTypeVariable(node));
            }

            return VisitAction.Continue;
        }
    }
}
