using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Field errors (spec §6.4.4 "Handling Execution Errors"): what a failure at a response position is reported as.
/// Engine messages (like graphql-js's) and <see cref="GraphQLFieldException"/>s are shown; other exceptions only
/// when <see cref="ExecutionOptions.ExposeExceptionMessages"/> is set. Stack traces never are.
/// </summary>
internal static class FieldErrors
{
    public const string UnexpectedError = "Unexpected error.";
    public const string TimedOut = "Execution timed out.";

    private static readonly IReadOnlyDictionary<string, object?> InternalErrorCode = Code(ErrorCodes.InternalError);
    private static readonly IReadOnlyDictionary<string, object?> TimeoutCode = Code(ErrorCodes.Timeout);

    public static GraphQLError Located(string message, FieldPlan field, ResponsePath path, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(message, field.Locations, path.ToList(), extensions);

    public static GraphQLError FromException(Exception exception, FieldPlan field, ResponsePath path, ExecutionContext context) => exception switch
    {
        FieldFailure or CoercionException => Located(exception.Message, field, path),
        GraphQLFieldException e => Located(e.Message, field, path, Extensions(e)),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested => Located(TimedOut, field, path, TimeoutCode),
        _ when context.Options.ExposeExceptionMessages => Located(exception.Message, field, path),
        _ => Located(UnexpectedError, field, path, InternalErrorCode),
    };

    private static Dictionary<string, object?> Code(string code) => new() { ["code"] = code };

    private static Dictionary<string, object?>? Extensions(GraphQLFieldException exception)
    {
        if (exception.Code is null && exception.Extensions is null)
        {
            return null;
        }

        var extensions = exception.Extensions is null ? [] : new Dictionary<string, object?>(exception.Extensions);
        if (exception.Code is not null)
        {
            extensions["code"] = exception.Code;
        }

        return extensions;
    }
}

/// <summary>A failure the executor itself detects (the message is graphql-js's, for the client).</summary>
internal sealed class FieldFailure(string message) : Exception(message);
