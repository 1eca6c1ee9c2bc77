namespace Appraisal.GraphQL.Language;

/// <summary>
/// A named type definition.
/// <code>
/// TypeDefinition :
///   - ScalarTypeDefinition
///   - ObjectTypeDefinition
///   - InterfaceTypeDefinition
///   - UnionTypeDefinition
///   - EnumTypeDefinition
///   - InputObjectTypeDefinition
/// </code>
/// </summary>
public abstract record TypeDefinition(Location Location) : TypeSystemDefinition(Location)
{
    /// <summary>The name of the defined type.</summary>
    public abstract Name Name { get; init; }

    /// <summary>The constant directives applied to the type.</summary>
    public abstract IReadOnlyList<Directive> Directives { get; init; }
}
