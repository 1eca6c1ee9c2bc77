namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>true</c> or <c>false</c>.
/// <code>
/// BooleanValue : one of `true` `false`
/// </code>
/// </summary>
public sealed record BooleanValue(Location Location, bool Value) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}
