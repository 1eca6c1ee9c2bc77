namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema coordinate (new in the September 2025 edition): a human-readable address of a schema
/// element. Parsed by <see cref="Parser.ParseSchemaCoordinate(string)"/>; no ignored tokens are allowed.
/// <code>
/// SchemaCoordinate ::
///   - TypeCoordinate
///   - MemberCoordinate
///   - ArgumentCoordinate
///   - DirectiveCoordinate
///   - DirectiveArgumentCoordinate
/// </code>
/// </summary>
public abstract record SchemaCoordinate(Location Location) : SyntaxNode(Location)
{
    /// <summary>The type name, or the directive name without <c>@</c>.</summary>
    public abstract Name Name { get; init; }
}
