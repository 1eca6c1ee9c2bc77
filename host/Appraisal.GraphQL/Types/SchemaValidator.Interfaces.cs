namespace Appraisal.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>Implemented interfaces: each once, never itself, with its own interfaces declared too, and every
    /// field implemented validly. https://spec.graphql.org/September2025/#IsValidImplementation()</summary>
    private static void ValidateInterfaces(Schema schema, IFieldsContainer type, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(implemented.Name))
            {
                errors.Add($"Type {type.Name} can only implement {implemented.Name} once.");
                continue;
            }

            ValidateTypeImplementsAncestors(type, implemented, errors);
            ValidateTypeImplementsInterface(schema, type, implemented, errors);
        }
    }

    private static void ValidateTypeImplementsAncestors(IFieldsContainer type, InterfaceType implemented, List<string> errors)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.");
            }
        }
    }

    private static void ValidateTypeImplementsInterface(Schema schema, IFieldsContainer type, InterfaceType implemented, List<string> errors)
    {
        foreach (var interfaceField in implemented.Fields.Values)
        {
            var interfaceCoordinate = $"{implemented.Name}.{interfaceField.Name}";
            if (!type.Fields.TryGetValue(interfaceField.Name, out var typeField))
            {
                errors.Add($"Interface field {interfaceCoordinate} expected but {type.Name} does not provide it.");
                continue;
            }

            var typeCoordinate = $"{type.Name}.{typeField.Name}";
            if (!IsSubTypeOf(schema, typeField.Type, interfaceField.Type))
            {
                errors.Add($"Interface field {interfaceCoordinate} expects type {interfaceField.Type} but {typeCoordinate} is type {typeField.Type}.");
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var typeArgument = typeField.FindArgument(interfaceArgument.Name);
                if (typeArgument is null)
                {
                    errors.Add($"Interface field argument {interfaceCoordinate}({interfaceArgument.Name}:) expected but {typeCoordinate} does not provide it.");
                }
                else if (!IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    errors.Add($"Interface field argument {interfaceCoordinate}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {typeCoordinate}({typeArgument.Name}:) is type {typeArgument.Type}.");
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (IsRequired(typeArgument) && interfaceField.FindArgument(typeArgument.Name) is null)
                {
                    errors.Add($"Argument \"{typeCoordinate}({typeArgument.Name}:)\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{interfaceCoordinate}\".");
                }
            }

            // graphql-js 17 also requires an implementation to stay undeprecated while the interface field is.
            if (typeField.IsDeprecated && !interfaceField.IsDeprecated)
            {
                errors.Add($"Interface field {interfaceCoordinate} is not deprecated, so implementation field {typeCoordinate} must not be deprecated.");
            }
        }
    }

    /// <summary>IsSubType for field types: covariant through non-null and lists, and from an object or interface
    /// to an abstract type it belongs to. https://spec.graphql.org/September2025/#IsValidImplementationFieldType()</summary>
    internal static bool IsSubTypeOf(Schema schema, GraphType maybeSubType, GraphType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        return (superType, maybeSubType) switch
        {
            (NonNullGraphType superNonNull, NonNullGraphType subNonNull) => IsSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType),
            (NonNullGraphType, _) => false,
            (_, NonNullGraphType subNonNull) => IsSubTypeOf(schema, subNonNull.OfType, superType),
            (ListGraphType superList, ListGraphType subList) => IsSubTypeOf(schema, subList.OfType, superList.OfType),
            (ListGraphType, _) or (_, ListGraphType) => false,
            (NamedGraphType { IsAbstractType: true } abstractType, ObjectType or InterfaceType) =>
                schema.IsSubType(abstractType, (NamedGraphType)maybeSubType),
            _ => false,
        };
    }

    /// <summary>The same type: the same named type under the same wrappers.</summary>
    internal static bool IsEqualType(GraphType a, GraphType b) => (a, b) switch
    {
        (NonNullGraphType x, NonNullGraphType y) => IsEqualType(x.OfType, y.OfType),
        (ListGraphType x, ListGraphType y) => IsEqualType(x.OfType, y.OfType),
        (NamedGraphType x, NamedGraphType y) => ReferenceEquals(x, y),
        _ => false,
    };
}
