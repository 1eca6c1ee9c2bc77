using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Target Defined: "Named fragment spreads must refer to fragments defined within the document."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
/// </summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterFragmentSpread(FragmentSpread node)
        {
            if (context.GetFragment(node.Name.Value) is null)
            {
                context.ReportError(ValidationErrors.UnknownFragment(node));
            }

            return VisitAction.Continue;
        }
    }
}
