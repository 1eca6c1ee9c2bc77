namespace Appraisal.GraphQL.Language;

/// <summary>
/// A directive definition; <see cref="Locations"/> holds the location names (e.g. <c>FIELD</c>) as written.
/// <code>
/// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
/// </code>
/// </summary>
public sealed record DirectiveDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<InputValueDefinition> Arguments,
    bool Repeatable,
    IReadOnlyList<Name> Locations)
    : TypeSystemDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
