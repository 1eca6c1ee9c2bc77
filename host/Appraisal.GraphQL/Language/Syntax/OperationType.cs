namespace Appraisal.GraphQL.Language;

/// <summary>
/// The kind of an operation.
/// <code>
/// OperationType : one of `query` `mutation` `subscription`
/// </code>
/// </summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
