using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL;

/// <summary>
/// A document parsed and validated against one schema, kept in the document cache: either a valid
/// <see cref="Document"/> or the request errors (syntax or validation) that make it unusable.
/// </summary>
public sealed class PreparedDocument
{
    private PreparedDocument(string hash, Document? document, IReadOnlyList<GraphQLError> errors)
    {
        Hash = hash;
        Document = document;
        Errors = errors;
    }

    /// <summary>SHA-256 of the query text, lowercase hex (also the persisted-query id).</summary>
    public string Hash { get; }

    /// <summary>The document when it parsed; null after a syntax error.</summary>
    public Document? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document may be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// The operation a request would run: the one named, or the only one. Null when it cannot be determined
    /// (execution then reports why).
    /// </summary>
    public OperationDefinition? FindOperation(string? operationName)
    {
        OperationDefinition? found = null;
        foreach (var definition in Document?.Definitions ?? [])
        {
            if (definition is not OperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }

    internal static PreparedDocument Valid(string hash, Document document) => new(hash, document, []);

    internal static PreparedDocument Invalid(string hash, Document? document, IReadOnlyList<GraphQLError> errors) =>
        new(hash, document, errors);
}
