namespace Appraisal.GraphQL.Language;

/// <summary>
/// An extension of a named type.
/// <code>
/// TypeExtension :
///   - ScalarTypeExtension
///   - ObjectTypeExtension
///   - InterfaceTypeExtension
///   - UnionTypeExtension
///   - EnumTypeExtension
///   - InputObjectTypeExtension
/// </code>
/// </summary>
public abstract record TypeExtension(Location Location) : TypeSystemExtension(Location)
{
    /// <summary>The name of the extended type.</summary>
    public abstract Name Name { get; init; }
}
