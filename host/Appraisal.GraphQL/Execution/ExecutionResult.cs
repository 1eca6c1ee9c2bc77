using Appraisal.GraphQL.Errors;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// The result of executing a request (spec §7.1). An execution result has <see cref="HasData"/> true and
/// <see cref="Data"/> either a <see cref="ResultMap"/> or null (when an error reached the root); a request error
/// result has no data at all. https://spec.graphql.org/September2025/#sec-Response-Format
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, ResultMap? data, IReadOnlyList<GraphQLError> errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    /// <summary>False for a request error result: the response must not contain a <c>data</c> entry.</summary>
    public bool HasData { get; }

    /// <summary>The root selection set's values in selection order, or null.</summary>
    public ResultMap? Data { get; }

    /// <summary>Errors in the order they happened; empty when none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>An execution result with data (possibly null) and field errors.</summary>
    public static ExecutionResult FromData(ResultMap? data, IReadOnlyList<GraphQLError> errors) => new(true, data, errors);

    /// <summary>A request error result: errors only, no <c>data</c>.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);
}
