using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>What C# code attaches to SDL types by name: resolvers, CLR classes and enums, scalar implementations,
/// type resolvers, and types built in code.</summary>
internal sealed class SchemaBindings
{
    /// <summary>Field resolvers, made with the binder of the schema being built.</summary>
    public Dictionary<(string Type, string Field), Func<ClrBinder, FieldResolver>> Resolvers { get; } = [];

    public Dictionary<string, Type> ObjectClasses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> EnumClasses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    public List<NamedGraphType> CodeTypes { get; } = [];
}
