namespace Appraisal.GraphQL.Types;

/// <summary>
/// Produces the value of a field. Synchronous resolvers return a completed <see cref="ValueTask{T}"/>
/// (no allocation); asynchronous ones must observe <see cref="FieldContext.CancellationToken"/>.
/// An exception becomes a field error at this field's path.
/// </summary>
public delegate ValueTask<object?> FieldResolver(FieldContext context);
