namespace Appraisal.GraphQL.Language;

/// <summary>
/// A top-level definition of a document.
/// <code>
/// Definition :
///   - ExecutableDefinition
///   - TypeSystemDefinitionOrExtension
/// </code>
/// </summary>
public abstract record Definition(Location Location) : SyntaxNode(Location);
