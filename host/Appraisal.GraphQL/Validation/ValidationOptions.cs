namespace Appraisal.GraphQL.Validation;

/// <summary>Limits and presentation choices for <see cref="DocumentValidator"/>.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: 100 errors at most, suggestions shown.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>After this many errors validation stops and adds a final "Too many validation errors" error (graphql-js: 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leave out "Did you mean …?" suggestions, which reveal schema names (for public endpoints without introspection).</summary>
    public bool HideSuggestions { get; init; }
}
