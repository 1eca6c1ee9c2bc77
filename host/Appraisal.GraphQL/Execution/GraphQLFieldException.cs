namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to fail its field with a message meant for the client: unlike other exceptions, the
/// message is reported even when <see cref="ExecutionOptions.ExposeExceptionMessages"/> is false.
/// </summary>
/// <param name="message">Shown to the client.</param>
/// <param name="code">Reported as <c>extensions.code</c> when not null.</param>
/// <param name="extensions">More entries for <c>extensions</c> (e.g. the input field at fault); <c>code</c> wins over a
/// <c>code</c> key here.</param>
public sealed class GraphQLFieldException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(message)
{
    public string? Code { get; } = code;

    /// <summary>Extra <c>extensions</c> entries, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}
