namespace Appraisal.Host.Api;

/// <summary>The <c>Appraisal:GraphQL</c> section: what the public endpoint allows.</summary>
public sealed class GraphQLEndpointOptions
{
    public const string Section = "Appraisal:GraphQL";

    /// <summary>Largest accepted request body (POST) in bytes; larger ones get 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary><c>__schema</c>/<c>__type</c> allowed; null means only in the Development environment.</summary>
    public bool? Introspection { get; set; }

    /// <summary>Deepest field nesting a document may have.</summary>
    public int MaxSelectionDepth { get; set; } = 24;

    /// <summary>Most fields one operation may select, fragments expanded.</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most tokens a document may have.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Execution time limit per request, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Most errors reported for one request.</summary>
    public int MaxErrors { get; set; } = 100;
}
