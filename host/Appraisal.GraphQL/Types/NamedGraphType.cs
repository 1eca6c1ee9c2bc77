namespace Appraisal.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedGraphType : GraphType
{
    private protected NamedGraphType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; }

    public sealed override NamedGraphType NamedType => this;

    public sealed override string ToString() => Name;
}
