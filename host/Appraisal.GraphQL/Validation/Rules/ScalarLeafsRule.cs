using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Leaf Field Selections: "Field selections on scalars or enums are never allowed, because they are the leaf
/// nodes of any GraphQL operation." Conversely, fields of object, interface and union types need a selection.
/// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
/// </summary>
public sealed class ScalarLeafsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterField(Field node)
        {
            if (context.Type is not { } type)
            {
                return VisitAction.Continue;
            }

            if (type.NamedType.IsLeafType)
            {
                if (node.SelectionSet is not null)
                {
                    context.ReportError(ValidationErrors.LeafFieldWithSelection(node, type));
                }
            }
            else if (node.SelectionSet is null)
            {
                context.ReportError(ValidationErrors.CompositeFieldWithoutSelection(node, type));
            }

            return VisitAction.Continue;
        }
    }
}
