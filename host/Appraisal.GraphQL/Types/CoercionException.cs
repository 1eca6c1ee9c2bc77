namespace Appraisal.GraphQL.Types;

/// <summary>A value could not be coerced to a type; the message is written for the client.</summary>
public sealed class CoercionException(string message) : Exception(message);
