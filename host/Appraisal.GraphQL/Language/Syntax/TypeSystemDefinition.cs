namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema, type or directive definition.
/// <code>
/// TypeSystemDefinition :
///   - SchemaDefinition
///   - TypeDefinition
///   - DirectiveDefinition
/// </code>
/// </summary>
public abstract record TypeSystemDefinition(Location Location) : Definition(Location)
{
    /// <summary>The description, or null.</summary>
    public abstract StringValue? Description { get; init; }
}
