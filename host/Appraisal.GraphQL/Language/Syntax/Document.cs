namespace Appraisal.GraphQL.Language;

/// <summary>
/// A whole GraphQL document: executable definitions, type-system definitions and extensions.
/// <code>
/// Document : Definition+
/// </code>
/// </summary>
public sealed record Document(Location Location, IReadOnlyList<Definition> Definitions) : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;
}
