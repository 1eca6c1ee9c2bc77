namespace Appraisal.GraphQL.Language;

/// <summary>
/// Base of every node of the syntax tree. Each node kind is one sealed record deriving from this one, so a
/// node can be copied with <c>with</c>. Record equality compares child lists by reference, not by content:
/// compare printed text to compare trees.
/// </summary>
public abstract record SyntaxNode(Location Location)
{
    /// <summary>The node kind, for <c>switch</c> statements that would rather not test record types.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>The node printed as canonical GraphQL text (see <see cref="Printer"/>).</summary>
    public sealed override string ToString() => Printer.Print(this);
}
