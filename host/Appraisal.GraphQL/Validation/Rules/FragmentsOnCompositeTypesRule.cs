using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragments on Object, Interface or Union Types: "Fragments can only be declared on unions, interfaces, and objects."
/// https://spec.graphql.org/September2025/#sec-Fragments-On-Object-Interface-Or-Union-Types
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterInlineFragment(InlineFragment node)
        {
            if (node.TypeCondition is { } condition && IsNonComposite(condition))
            {
                context.ReportError(ValidationErrors.InlineFragmentOnNonCompositeType(condition));
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node)
        {
            if (IsNonComposite(node.TypeCondition))
            {
                context.ReportError(ValidationErrors.FragmentOnNonCompositeType(node));
            }

            return VisitAction.Continue;
        }

        // An unknown type is KnownTypeNames' business, not this rule's.
        private bool IsNonComposite(NamedType condition) =>
            context.Schema.FindType(condition.Name.Value) is { IsCompositeType: false };
    }
}
