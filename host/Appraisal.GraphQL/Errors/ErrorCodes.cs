namespace Appraisal.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values the engine uses.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_RESOLUTION_FAILURE";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
    public const string Timeout = "TIMEOUT";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
}
