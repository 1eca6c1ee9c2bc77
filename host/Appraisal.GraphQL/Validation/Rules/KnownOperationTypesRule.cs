using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence: "For each operation definition operation in the document: let rootOperationType
/// be the root operation type in schema corresponding to the kind of operation; rootOperationType must exist."
/// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
/// </summary>
public sealed class KnownOperationTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            if (context.Schema.GetRootType(node.Operation) is null)
            {
                context.ReportError(ValidationErrors.UnsupportedOperationType(node));
            }

            return VisitAction.Continue;
        }
    }
}
