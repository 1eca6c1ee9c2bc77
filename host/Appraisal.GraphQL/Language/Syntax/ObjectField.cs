namespace Appraisal.GraphQL.Language;

/// <summary>
/// One field of an input object literal.
/// <code>
/// ObjectField[Const] : Name : Value[?Const]
/// </code>
/// </summary>
public sealed record ObjectField(Location Location, Name Name, Value Value) : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
