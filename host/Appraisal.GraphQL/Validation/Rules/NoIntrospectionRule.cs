using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// No introspection (not in the spec; a host protection): rejects <c>__schema</c> and <c>__type</c> where an
/// operator has turned introspection off. <c>__typename</c> stays allowed: clients need it for abstract types.
/// Compare https://spec.graphql.org/September2025/#sec-Introspection
/// </summary>
public sealed class NoIntrospectionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterField(Field node)
        {
            if (node.Name.Value is "__schema" or "__type")
            {
                context.ReportError(ValidationErrors.IntrospectionDisabled(node));
            }

            return VisitAction.Continue;
        }
    }
}
