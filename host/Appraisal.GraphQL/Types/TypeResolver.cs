namespace Appraisal.GraphQL.Types;

/// <summary>Returns the name of the object type a runtime value of an abstract type has, or null when unknown.</summary>
public delegate string? TypeResolver(object value);
