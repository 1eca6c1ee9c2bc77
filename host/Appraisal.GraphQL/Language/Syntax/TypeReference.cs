namespace Appraisal.GraphQL.Language;

/// <summary>
/// A reference to an input or output type, as written in variable, field and argument definitions.
/// <code>
/// Type :
///   - NamedType
///   - ListType
///   - NonNullType
/// </code>
/// </summary>
public abstract record TypeReference(Location Location) : SyntaxNode(Location);
