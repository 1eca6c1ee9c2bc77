namespace Appraisal.GraphQL.Types;

/// <summary>
/// Walks from the roots through fields, arguments, interfaces, union members and input fields, adding each
/// named type once; two different types with one name are an error (spec §3: names are unique).
/// The order is graphql-js's type map order: each explicitly listed type at its own position, and every type it
/// references but that is not listed itself right after the first type that reaches it.
/// </summary>
internal sealed class TypeCollector(Dictionary<string, NamedGraphType> types)
{
    private readonly HashSet<NamedGraphType> _pending = new(ReferenceEqualityComparer.Instance);

    /// <summary>Adds listed types in order; a listed type reached earlier through another one keeps its own place.</summary>
    public void AddListed(IReadOnlyList<NamedGraphType> listed)
    {
        _pending.UnionWith(listed);
        foreach (var type in listed)
        {
            _pending.Remove(type);
            Add(type);
        }
    }

    public void Add(NamedGraphType? type)
    {
        if (type is null || _pending.Contains(type))
        {
            return;
        }

        if (types.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                throw new SchemaException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return;
        }

        types.Add(type.Name, type);
        switch (type)
        {
            case ObjectType objectType:
                AddFields(objectType);
                break;
            case InterfaceType interfaceType:
                AddFields(interfaceType);
                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Add(member);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Add(field.Type.NamedType);
                }

                break;
        }
    }

    private void AddFields(IFieldsContainer container)
    {
        foreach (var implemented in container.Interfaces)
        {
            Add(implemented);
        }

        foreach (var field in container.Fields.Values)
        {
            Add(field.Type.NamedType);
            foreach (var argument in field.Arguments)
            {
                Add(argument.Type.NamedType);
            }
        }
    }
}
