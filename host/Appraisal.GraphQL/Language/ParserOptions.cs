namespace Appraisal.GraphQL.Language;

/// <summary>
/// Limits that keep hostile documents cheap to reject. Parsing happens before validation, so these are
/// the first line of defence: exceeding either limit is a <see cref="GraphQLSyntaxException"/>.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Maximum number of lexical tokens (comments not counted), as graphql-js's <c>maxTokens</c>.
    /// Large SDL documents may need more than the default.
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Maximum nesting of selection sets, list values, object values and list types. It bounds the
    /// recursion of the parser, so deep input gives an error instead of a stack overflow.
    /// </summary>
    public int MaxDepth { get; init; } = 128;
}
