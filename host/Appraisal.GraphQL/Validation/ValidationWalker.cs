using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// One walk of the document for all rules at once (graphql-js's <c>visitInParallel</c> with
/// <c>visitWithTypeInfo</c>): type info is updated before the rules enter a node and after they leave it,
/// and a rule that skips a node's children skips them alone. Descriptions are not walked, as in graphql-js.
/// </summary>
internal sealed class ValidationWalker(ValidationContext context, TypeInfo typeInfo, IReadOnlyList<ValidationVisitor> visitors) : SyntaxVisitor
{
    private readonly SyntaxNode?[] _skipping = new SyntaxNode?[visitors.Count];

    /// <summary>Whether a string literal is a description rather than a value (descriptions are documentation, never validated).</summary>
    public static bool IsDescription(SyntaxNode node, SyntaxNode? parent) => node is StringValue value && parent switch
    {
        Argument or ObjectField or ListValue => false,
        VariableDefinition variable => !ReferenceEquals(variable.DefaultValue, value),
        Language.InputValueDefinition input => !ReferenceEquals(input.DefaultValue, value),
        _ => true,
    };

    protected override VisitAction EnterNode(SyntaxNode node)
    {
        var ancestors = context.Ancestors;
        if (IsDescription(node, ancestors.Count > 0 ? ancestors[^1] : null))
        {
            return VisitAction.SkipChildren;
        }

        typeInfo.Enter(node);
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null && visitors[i].Enter(node) != VisitAction.Continue)
            {
                _skipping[i] = node;
            }
        }

        context.PushAncestor(node);
        return VisitAction.Continue;
    }

    protected override void LeaveNode(SyntaxNode node)
    {
        context.PopAncestor();
        for (var i = 0; i < visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                visitors[i].Leave(node);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        typeInfo.Leave(node);
    }
}
