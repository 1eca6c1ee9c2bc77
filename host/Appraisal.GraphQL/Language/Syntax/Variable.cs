namespace Appraisal.GraphQL.Language;

/// <summary>
/// A variable reference, <c>$name</c>; not allowed in constant values.
/// <code>
/// Variable : $ Name
/// </code>
/// </summary>
public sealed record Variable(Location Location, Name Name) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;
}
