namespace Appraisal.GraphQL.Types;

/// <summary>
/// An immutable runtime schema: root operation types, every type reachable from them (plus any extra types),
/// the introspection types, and directives. Building it collects and indexes the types; the schema validator checks the
/// rules of spec §3. A new plugin set builds a new schema, which requests in flight never notice.
/// https://spec.graphql.org/September2025/#sec-Schema
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedGraphType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectType[]> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InterfaceType[]> _implementations = new(StringComparer.Ordinal);

    public Schema(
        ObjectType query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedGraphType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        QueryType = query ?? throw new ArgumentNullException(nameof(query));
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;

        foreach (var directive in directives ?? BuiltInDirectives.All)
        {
            if (!_directives.TryAdd(directive.Name, directive))
            {
                throw new SchemaException($"Directive \"@{directive.Name}\" is defined more than once.");
            }
        }

        // The order of graphql-js's type map: listed types, roots, directive arguments, then introspection.
        var collector = new TypeCollector(_types);
        collector.AddListed([.. types ?? []]);
        collector.Add(query);
        collector.Add(mutation);
        collector.Add(subscription);
        foreach (var directive in _directives.Values)
        {
            foreach (var argument in directive.Arguments)
            {
                collector.Add(argument.Type.NamedType);
            }
        }

        collector.Add(Introspection.SchemaType);
        IndexAbstractTypes();
    }

    /// <summary>Distinguishes schema instances in caches (documents validated against this schema, for example).</summary>
    public Guid Id { get; } = Guid.NewGuid();

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>
    /// Every named type by name, introspection types and referenced built-in scalars included, in graphql-js's
    /// type map order: listed types first, then types reached from the roots, directives and <c>__Schema</c>.
    /// </summary>
    public IReadOnlyDictionary<string, NamedGraphType> Types => _types;

    /// <summary>Every directive by name (built-in ones included).</summary>
    public IReadOnlyDictionary<string, DirectiveDefinition> Directives => _directives;

    /// <summary>The named type, or null.</summary>
    public NamedGraphType? FindType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The directive, or null.</summary>
    public DirectiveDefinition? FindDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The object types an abstract type may be at run time: a union's members, an interface's implementers.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedGraphType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType => _possibleTypes.GetValueOrDefault(abstractType.Name) ?? [],
        ObjectType objectType => [objectType],
        _ => [],
    };

    /// <summary>The interfaces that implement the given interface.</summary>
    public IReadOnlyList<InterfaceType> GetImplementingInterfaces(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType.Name) ?? [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of (or implements) <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedGraphType abstractType, NamedGraphType maybeSubType) => maybeSubType switch
    {
        ObjectType o => GetPossibleTypes(abstractType).Contains(o),
        InterfaceType i => abstractType is InterfaceType a && GetImplementingInterfaces(a).Contains(i),
        _ => false,
    };

    /// <summary>The root type of an operation, or null when the schema has none.</summary>
    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    private void IndexAbstractTypes()
    {
        var possible = new Dictionary<string, List<ObjectType>>(StringComparer.Ordinal);
        var implementations = new Dictionary<string, List<InterfaceType>>(StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            if (type is ObjectType objectType)
            {
                foreach (var implemented in objectType.Interfaces)
                {
                    Add(possible, implemented.Name, objectType);
                }
            }
            else if (type is InterfaceType interfaceType)
            {
                foreach (var implemented in interfaceType.Interfaces)
                {
                    Add(implementations, implemented.Name, interfaceType);
                }
            }
        }

        foreach (var (name, list) in possible)
        {
            _possibleTypes[name] = [.. list];
        }

        foreach (var (name, list) in implementations)
        {
            _implementations[name] = [.. list];
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
