namespace Appraisal.GraphQL.Types;

/// <summary>What a resolver sees.</summary>
/// <param name="Source">The parent value (the root value for root fields).</param>
/// <param name="Arguments">Coerced argument values by name; arguments not given and without default are absent.</param>
/// <param name="Field">The field being resolved.</param>
/// <param name="ParentType">The object type the field belongs to.</param>
/// <param name="Schema">The schema executing the request.</param>
/// <param name="Services">Request services or any per-request state the caller passed; null when none.</param>
/// <param name="CancellationToken">Cancelled when the request is aborted or times out.</param>
public sealed record FieldContext(
    object? Source,
    IReadOnlyDictionary<string, object?> Arguments,
    FieldDefinition Field,
    ObjectType ParentType,
    Schema Schema,
    IServiceProvider? Services,
    CancellationToken CancellationToken)
{
    /// <summary>An argument's value converted to <typeparamref name="T"/>, or <paramref name="fallback"/> when absent or null.</summary>
    public T Argument<T>(string name, T fallback = default!) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
}
