namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema coordinate naming a field, input field or enum value, <c>Type.member</c>.
/// <code>
/// MemberCoordinate :: Name . Name
/// </code>
/// </summary>
public sealed record MemberCoordinate(Location Location, Name Name, Name MemberName) : SchemaCoordinate(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.MemberCoordinate;
}
