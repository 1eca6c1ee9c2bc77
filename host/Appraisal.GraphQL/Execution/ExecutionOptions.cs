namespace Appraisal.GraphQL.Execution;

/// <summary>How the executor treats failures and limits.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Production defaults: hidden exception messages, 30 s timeout, at most 100 errors.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// When false (production), a resolver exception is reported as "Unexpected error."; when true (development),
    /// its message is shown. Stack traces are never shown. <see cref="GraphQLFieldException"/> messages always are.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>Cancels resolvers after this long; the fields still running fail with code TIMEOUT. Null for none.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many errors are reported; one more error says the rest were dropped.</summary>
    public int MaxErrors { get; init; } = 100;
}
