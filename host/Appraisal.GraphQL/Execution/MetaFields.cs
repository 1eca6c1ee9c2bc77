using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// The introspection meta-fields <c>__schema</c> and <c>__type</c>, which only the query root has (spec §4.2).
/// <c>__typename</c> is answered by the executor itself without a resolver. This is the one place that knows
/// where the introspection field definitions live.
/// </summary>
internal static class MetaFields
{
    public const string TypeName = "__typename";

    /// <summary>The meta-field definition for a name on a parent type, or null.</summary>
    public static FieldDefinition? Find(Schema schema, ObjectType parentType, string name) =>
        parentType == schema.QueryType
            ? name switch
            {
                "__schema" => Introspection.SchemaField,
                "__type" => Introspection.TypeField,
                _ => null,
            }
            : null;
}
