namespace Appraisal.GraphQL.Language;

/// <summary>
/// An extension of the schema or of a named type.
/// <code>
/// TypeSystemExtension :
///   - SchemaExtension
///   - TypeExtension
/// </code>
/// </summary>
public abstract record TypeSystemExtension(Location Location) : Definition(Location)
{
    /// <summary>The constant directives the extension adds.</summary>
    public abstract IReadOnlyList<Directive> Directives { get; init; }
}
