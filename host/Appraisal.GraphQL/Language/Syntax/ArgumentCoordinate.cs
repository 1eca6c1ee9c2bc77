namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema coordinate naming a field argument, <c>Type.field(arg:)</c>.
/// <code>
/// ArgumentCoordinate :: Name . Name ( Name : )
/// </code>
/// </summary>
public sealed record ArgumentCoordinate(
    Location Location,
    Name Name,
    Name FieldName,
    Name ArgumentName)
    : SchemaCoordinate(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ArgumentCoordinate;
}
