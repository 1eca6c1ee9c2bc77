namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to fail its field with a message meant for the client: unlike other exceptions, the
/// message is reported even when <see cref="ExecutionOptions.ExposeExceptionMessages"/> is false.
/// </summary>
/// <param name="message">Shown to the client.</param>
/// <param name="code">Reported as <c>extensions.code</c> when not null.</param>
public sealed class GraphQLFieldException(string message, string? code = null) : Exception(message)
{
    public string? Code { get; } = code;
}
