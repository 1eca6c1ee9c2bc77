using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL;

/// <summary>The protections of a public endpoint, each with a safe default; every limit is answered with a GraphQL error.</summary>
public sealed record GraphQLServiceOptions
{
    public static GraphQLServiceOptions Default { get; } = new();

    /// <summary>Token count and nesting limits of the parser.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Deepest allowed field nesting, counted through fragments; null for no limit.</summary>
    public int? MaxSelectionDepth { get; init; } = 24;

    /// <summary>Most fields one operation may select with its fragments expanded; null for no limit.</summary>
    public int? MaxFields { get; init; } = 2_000;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (hosts turn it off outside development).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Most validation errors reported for one document.</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>Timeout, error cap and whether exception messages reach clients.</summary>
    public ExecutionOptions Execution { get; init; } = ExecutionOptions.Default;

    /// <summary>How many parsed and validated documents are kept per service.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;
}
