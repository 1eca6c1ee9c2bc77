using Appraisal.GraphQL.Types;
using Meta = Appraisal.GraphQL.Types.Introspection;

namespace Appraisal.GraphQL.Tests.Types;

/// <summary>Calls a field's resolver the way the executor will, for tests that run without the executor.</summary>
internal static class FieldResolution
{
    public static async Task<object?> ResolveAsync(
        Schema schema, string typeName, string fieldName, object? source, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var parent = (ObjectType)schema.Types[typeName];
        var field = fieldName switch
        {
            "__typename" => Meta.TypeNameField,
            "__schema" => Meta.SchemaField,
            "__type" => Meta.TypeField,
            _ => parent.Fields[fieldName],
        };
        var context = new FieldContext(source, arguments ?? new Dictionary<string, object?>(), field, parent, schema, null, CancellationToken.None);
        return await field.Resolver!(context);
    }
}
