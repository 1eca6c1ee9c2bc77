using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// The root operation types: those <c>schema { … }</c> and <c>extend schema</c> name, else the types named
/// Query, Mutation and Subscription. https://spec.graphql.org/September2025/#sec-Root-Operation-Types.Default-Root-Operation-Type-Names
/// </summary>
internal sealed record RootTypes(ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription)
{
    public static RootTypes Find(SdlDocumentSet set, IReadOnlyDictionary<string, NamedGraphType> types, List<string> errors)
    {
        var names = new Dictionary<OperationType, string>();
        if (set.Schema is null)
        {
            foreach (var operation in Enum.GetValues<OperationType>())
            {
                if (types.ContainsKey(operation.ToString()))
                {
                    names[operation] = operation.ToString();
                }
            }
        }

        foreach (var (operation, type) in set.OperationTypes)
        {
            names[operation] = type.Name.Value;
        }

        var query = Root(OperationType.Query, names, types, errors);
        if (query is null && !names.ContainsKey(OperationType.Query))
        {
            errors.Add("Query root type must be provided.");
        }

        return new(query, Root(OperationType.Mutation, names, types, errors), Root(OperationType.Subscription, names, types, errors));
    }

    private static ObjectType? Root(OperationType operation, Dictionary<OperationType, string> names,
        IReadOnlyDictionary<string, NamedGraphType> types, List<string> errors)
    {
        if (!names.TryGetValue(operation, out var name) || !types.TryGetValue(name, out var type))
        {
            return null;
        }

        if (type is ObjectType objectType)
        {
            return objectType;
        }

        errors.Add(operation == OperationType.Query
            ? $"Query root type must be Object type, it cannot be {name}."
            : $"{operation} root type must be Object type if provided, it cannot be {name}.");
        return null;
    }
}
