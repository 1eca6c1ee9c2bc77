using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Errors;

/// <summary>A 1-based line and column in the document (columns in UTF-16 code units, as graphql-js counts).</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    public static ErrorLocation Of(Location location) => new(location.Line, location.Column);

    public static ErrorLocation Of(SyntaxNode node) => Of(node.Location);
}
