namespace Appraisal.GraphQL.Language;

/// <summary>
/// An enum value literal: a name other than <c>true</c>, <c>false</c> or <c>null</c>.
/// <code>
/// EnumValue : Name but not `true`, `false` or `null`
/// </code>
/// </summary>
public sealed record EnumValue(Location Location, string Value) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}
