using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Lone Anonymous Operation: "GraphQL allows a short-hand form for defining query operations when only that
/// one operation exists in the document."
/// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
/// </summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        protected override VisitAction EnterDocument(Document node)
        {
            _operationCount = node.Definitions.Count(d => d is OperationDefinition);
            return VisitAction.Continue;
        }

        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                context.ReportError(ValidationErrors.AnonymousOperationNotAlone(node));
            }

            return VisitAction.Continue;
        }
    }
}
