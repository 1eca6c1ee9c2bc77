using Appraisal.GraphQL.Errors;

namespace Appraisal.GraphQL.Validation;

/// <summary>Ends a validation early (too many errors, or a work budget spent); carries the error that closes the list.</summary>
internal sealed class ValidationAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
