namespace Appraisal.GraphQL.Language;

/// <summary>
/// A named argument of a field or directive.
/// <code>
/// Argument[Const] : Name : Value[?Const]
/// </code>
/// </summary>
public sealed record Argument(Location Location, Name Name, Value Value) : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;
}
