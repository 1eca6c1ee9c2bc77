using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Is Possible: "A fragment spread is only valid if its type condition could ever possibly be
/// true: if there exists an object type that is both a possible type of the parent and of the fragment."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
/// </summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterInlineFragment(InlineFragment node)
        {
            if (context.Type is NamedGraphType { IsCompositeType: true } fragmentType
                && context.ParentType is { IsCompositeType: true } parentType
                && !TypeReferences.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(ValidationErrors.ImpossibleInlineFragment(node, parentType, fragmentType));
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterFragmentSpread(FragmentSpread node)
        {
            if (context.GetFragment(node.Name.Value) is { } fragment
                && context.Schema.FindType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } fragmentType
                && context.ParentType is { } parentType
                && !TypeReferences.DoTypesOverlap(context.Schema, fragmentType, parentType))
            {
                context.ReportError(ValidationErrors.ImpossibleFragmentSpread(node, parentType, fragmentType));
            }

            return VisitAction.Continue;
        }
    }
}
