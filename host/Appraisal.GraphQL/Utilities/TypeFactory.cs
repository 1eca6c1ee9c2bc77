using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Types.DirectiveDefinition;
using EnumValueDefinition = Appraisal.GraphQL.Types.EnumValueDefinition;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// Turns merged SDL definitions into runtime types. Every type is created first, with its fields, interfaces
/// and members as thunks that look names up in the finished type map, so types can refer to each other in any
/// order. The SDL has been checked before (<see cref="SdlChecks"/>), so every name it uses exists.
/// </summary>
internal sealed partial class TypeFactory(SdlDocumentSet set, SchemaBindings bindings, ClrBinder binder, List<string> errors)
{
    /// <summary>Every type by name: SDL types, types built in code, scalar implementations.</summary>
    public Dictionary<string, NamedGraphType> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Creates the runtime type of every SDL definition, in definition order; returns them in that order.</summary>
    public List<NamedGraphType> CreateTypes()
    {
        foreach (var type in bindings.CodeTypes)
        {
            Types[type.Name] = type;
        }

        var created = new List<NamedGraphType>();
        foreach (var merged in set.Types)
        {
            var type = Create(merged);
            Types[type.Name] = type;
            created.Add(type);
        }

        foreach (var scalar in bindings.Scalars.Values)
        {
            Types.TryAdd(scalar.Name, scalar);
        }

        return created;
    }

    /// <summary>The directive definitions of the SDL, then the built-in ones it does not redefine (graphql-js's order).</summary>
    public List<DirectiveDefinition> CreateDirectives()
    {
        var directives = new List<DirectiveDefinition>();
        foreach (var directive in set.Directives)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var location in directive.Locations)
            {
                if (Introspection.DirectiveLocationType.Values.TryGetValue(location.Value, out var value))
                {
                    locations.Add((DirectiveLocation)value.Value);
                }
                else
                {
                    errors.Add($"Directive \"@{directive.Name.Value}\" has unknown location \"{location.Value}\".");
                }
            }

            directives.Add(new DirectiveDefinition(directive.Name.Value, locations,
                [.. directive.Arguments.Select(InputValue)], directive.Description?.Value, directive.Repeatable));
        }

        directives.AddRange(BuiltInDirectives.All.Where(builtIn => directives.All(d => d.Name != builtIn.Name)));
        return directives;
    }

    private NamedGraphType Create(MergedType merged) => merged.Definition switch
    {
        ScalarTypeDefinition => BuiltInScalars.Find(merged.Name) ?? CreateScalar(merged),
        ObjectTypeDefinition => new ObjectType(merged.Name, () => Fields(merged), () => Interfaces(merged), merged.Description,
            bindings.ObjectClasses.TryGetValue(merged.Name, out var clrType) ? clrType.IsInstanceOfType : null),
        InterfaceTypeDefinition => new InterfaceType(merged.Name, () => Fields(merged), () => Interfaces(merged), merged.Description,
            bindings.TypeResolvers.GetValueOrDefault(merged.Name)),
        UnionTypeDefinition => new UnionType(merged.Name, () => merged.Members.Select(m => Types[m.Name.Value]).OfType<ObjectType>(),
            merged.Description, bindings.TypeResolvers.GetValueOrDefault(merged.Name)),
        EnumTypeDefinition => new EnumType(merged.Name, EnumValues(merged), merged.Description),
        _ => new InputObjectType(merged.Name, () => merged.InputFields.Select(InputValue), merged.Description,
            merged.Directives.Any(d => d.Name.Value == "oneOf")),
    };

    /// <summary>The C# implementation (described as the SDL describes it), or a pass-through scalar.</summary>
    private ScalarType CreateScalar(MergedType merged)
    {
        var url = SpecifiedByUrl(merged.Directives);
        if (!bindings.Scalars.TryGetValue(merged.Name, out var implementation))
        {
            return new PassThroughScalar(merged.Name, merged.Description, url);
        }

        var description = merged.Description ?? implementation.Description;
        url ??= implementation.SpecifiedByUrl;
        return description == implementation.Description && url == implementation.SpecifiedByUrl
            ? implementation
            : new DescribedScalar(implementation, description, url);
    }

    private IEnumerable<InterfaceType> Interfaces(MergedType merged) =>
        merged.Interfaces.Select(i => Types[i.Name.Value]).OfType<InterfaceType>();

    private List<EnumValueDefinition> EnumValues(MergedType merged)
    {
        var clrEnum = bindings.EnumClasses.GetValueOrDefault(merged.Name);
        var values = new List<EnumValueDefinition>();
        foreach (var value in merged.Values)
        {
            var name = value.Name.Value;
            object internalValue = name;
            if (clrEnum is not null)
            {
                var member = Enum.GetNames(clrEnum).FirstOrDefault(m => string.Equals(m, name.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
                if (member is null)
                {
                    errors.Add($"Enum value \"{merged.Name}.{name}\" has no member in the CLR enum {clrEnum.Name}.");
                }
                else
                {
                    internalValue = Enum.Parse(clrEnum, member);
                }
            }

            values.Add(new EnumValueDefinition(name, internalValue, value.Description?.Value, DeprecationReason(value.Directives)));
        }

        return values;
    }

    private IEnumerable<FieldDefinition> Fields(MergedType merged)
    {
        var isObject = merged.Definition is ObjectTypeDefinition;
        var clrType = bindings.ObjectClasses.GetValueOrDefault(merged.Name);
        foreach (var field in merged.Fields)
        {
            var name = field.Name.Value;
            var resolver = !isObject ? null
                : (bindings.Resolvers.TryGetValue((merged.Name, name), out var bound) ? bound(binder) : null)
                    ?? (clrType is not null && binder.FindGetter(clrType, name) is { } getter ? binder.PropertyResolver(getter) : null)
                    ?? binder.DefaultResolver(name);
            yield return new FieldDefinition(name, TypeOf(field.Type), resolver, [.. field.Arguments.Select(InputValue)],
                field.Description?.Value, DeprecationReason(field.Directives));
        }
    }

    private InputValueDefinition InputValue(Language.InputValueDefinition value) =>
        new(value.Name.Value, TypeOf(value.Type), value.DefaultValue, value.Description?.Value, DeprecationReason(value.Directives));

    private GraphType TypeOf(TypeReference reference) => reference switch
    {
        NonNullType nonNull => new NonNullGraphType(TypeOf(nonNull.Type)),
        ListType list => new ListGraphType(TypeOf(list.Type)),
        NamedType named => Types.GetValueOrDefault(named.Name.Value) ?? BuiltInScalars.Find(named.Name.Value)
            ?? throw new SchemaException($"Unknown type \"{named.Name.Value}\"."),
        _ => throw new ArgumentException($"Unexpected type reference {reference}.", nameof(reference)),
    };
}
