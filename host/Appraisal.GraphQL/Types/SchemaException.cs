namespace Appraisal.GraphQL.Types;

/// <summary>A schema is invalid (spec §3 type validation); the message names the type and member at fault.</summary>
public sealed class SchemaException(string message) : Exception(message);
