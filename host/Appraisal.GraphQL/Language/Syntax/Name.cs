namespace Appraisal.GraphQL.Language;

/// <summary>
/// A name: the identifier of an operation, field, argument, type, directive, etc.
/// <code>
/// Name :: NameStart NameContinue* [lookahead != NameContinue]
/// </code>
/// </summary>
public sealed record Name(Location Location, string Value) : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;
}
