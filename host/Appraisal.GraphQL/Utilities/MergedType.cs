using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// One named type as the SDL modules define it: its definition with every extension folded in, members in
/// the order the modules gave them (definition first, then extensions in module order).
/// </summary>
internal sealed class MergedType(TypeDefinition definition)
{
    public TypeDefinition Definition { get; } = definition;

    public string Name => Definition.Name.Value;

    public string? Description => Definition switch
    {
        ObjectTypeDefinition d => d.Description?.Value,
        InterfaceTypeDefinition d => d.Description?.Value,
        UnionTypeDefinition d => d.Description?.Value,
        EnumTypeDefinition d => d.Description?.Value,
        InputObjectTypeDefinition d => d.Description?.Value,
        ScalarTypeDefinition d => d.Description?.Value,
        _ => null,
    };

    /// <summary>Directives applied to the type itself, definition and extensions together.</summary>
    public List<Directive> Directives { get; } = [];

    /// <summary>Output fields of objects and interfaces.</summary>
    public List<FieldDefinition> Fields { get; } = [];

    /// <summary>Interfaces of objects and interfaces.</summary>
    public List<NamedType> Interfaces { get; } = [];

    /// <summary>Members of unions.</summary>
    public List<NamedType> Members { get; } = [];

    /// <summary>Values of enums.</summary>
    public List<EnumValueDefinition> Values { get; } = [];

    /// <summary>Fields of input objects.</summary>
    public List<InputValueDefinition> InputFields { get; } = [];
}
