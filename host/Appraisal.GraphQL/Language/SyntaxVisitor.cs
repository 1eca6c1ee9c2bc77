using System.Runtime.CompilerServices;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in document order, calling <c>EnterX</c> before and <c>LeaveX</c> after
/// the children of each node of kind X. Override the hooks you need; validation rules are built on it.
/// Dispatch is a switch on <see cref="SyntaxNode.Kind"/>: no reflection and no allocation per node.
/// </summary>
/// <remarks>
/// Every typed hook defaults to the generic <see cref="EnterNode"/> / <see cref="LeaveNode"/>, so a visitor
/// can also observe all nodes in one place. An enter hook steers the walk with its <see cref="VisitAction"/>:
/// <see cref="VisitAction.SkipChildren"/> skips the node's children and its leave hook (as returning
/// <c>false</c> does in graphql-js), <see cref="VisitAction.Stop"/> ends the whole walk. Parsed trees are
/// at most <see cref="ParserOptions.MaxDepth"/> deep; a hand-built tree too deep for the stack gives an
/// <see cref="InsufficientExecutionStackException"/>, not a crash.
/// </remarks>
public abstract partial class SyntaxVisitor
{
    /// <summary>Walks <paramref name="node"/> and everything under it; false if a hook stopped the walk.</summary>
    public bool Visit(SyntaxNode node) => Walk(node);

    /// <summary>Called before the children of every node whose typed enter hook is not overridden.</summary>
    protected virtual VisitAction EnterNode(SyntaxNode node) => VisitAction.Continue;

    /// <summary>Called after the children of every node whose typed leave hook is not overridden.</summary>
    protected virtual void LeaveNode(SyntaxNode node)
    {
    }

    private bool Walk(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (Enter(node))
        {
            case VisitAction.Stop:
                return false;
            case VisitAction.SkipChildren:
                return true;
        }

        if (!WalkChildren(node))
        {
            return false;
        }

        Leave(node);
        return true;
    }

    private bool WalkOptional(SyntaxNode? node) => node is null || Walk(node);

    private bool WalkAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Walk(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }
}
