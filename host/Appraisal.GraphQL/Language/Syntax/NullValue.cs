namespace Appraisal.GraphQL.Language;

/// <summary>
/// The literal <c>null</c>.
/// <code>
/// NullValue : `null`
/// </code>
/// </summary>
public sealed record NullValue(Location Location) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
