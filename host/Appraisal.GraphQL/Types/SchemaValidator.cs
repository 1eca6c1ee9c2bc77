namespace Appraisal.GraphQL.Types;

/// <summary>
/// Type Validation: the rules of spec §3 a schema must satisfy before it serves requests, with the messages
/// graphql-js 17 <c>validateSchema</c> gives. Rules graphql-js checks on the SDL before building (unknown types,
/// duplicate definitions, directive usage) are the schema builder's.
/// https://spec.graphql.org/September2025/#sec-Schema (and the "Type Validation" subsection of each type)
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>Every rule the schema breaks, in graphql-js's order; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<string>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        ValidateTypes(schema, errors);
        return errors;
    }

    /// <summary>Throws a <see cref="SchemaException"/> listing every error, if any.</summary>
    public static void AssertValid(Schema schema)
    {
        var errors = Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
    }

    /// <summary>Root Operation Types: each is a distinct object type (the type model already requires objects).
    /// https://spec.graphql.org/September2025/#sec-Root-Operation-Types</summary>
    private static void ValidateRootTypes(Schema schema, List<string> errors)
    {
        (string Operation, ObjectType? Type)[] roots =
            [("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType)];
        foreach (var group in roots.Where(root => root.Type is not null).GroupBy(root => root.Type!.Name, StringComparer.Ordinal))
        {
            var operations = group.Select(root => root.Operation).ToArray();
            if (operations.Length > 1)
            {
                errors.Add($"All root types must be different, \"{group.Key}\" type is used as {AndList(operations)} root types.");
            }
        }
    }

    /// <summary>Directive definitions: a valid name, at least one location, input-typed arguments.
    /// https://spec.graphql.org/September2025/#sec-Type-System.Directives.Validation</summary>
    private static void ValidateDirectives(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives.Values)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors);
                var coordinate = $"@{directive.Name}({argument.Name}:)";
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {coordinate} must be Input Type but got: {argument.Type}.");
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    errors.Add($"Required argument {coordinate} cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateTypes(Schema schema, List<string> errors)
    {
        foreach (var type in schema.Types.Values)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(type.Name, errors);
            }

            switch (type)
            {
                case ObjectType or InterfaceType:
                    ValidateFields((IFieldsContainer)type, errors);
                    ValidateInterfaces(schema, (IFieldsContainer)type, errors);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    break;
            }
        }

        ValidateInputObjectsHaveFiniteValues(schema, errors);
    }

    /// <summary>Objects and interfaces: at least one field, output-typed fields, input-typed arguments.
    /// https://spec.graphql.org/September2025/#sec-Objects.Type-Validation</summary>
    private static void ValidateFields(IFieldsContainer type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors);
                var coordinate = $"{type.Name}.{field.Name}({argument.Name}:)";
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {coordinate} must be Input Type but got: {argument.Type}.");
                }

                if (IsRequired(argument) && argument.IsDeprecated)
                {
                    errors.Add($"Required argument {coordinate} cannot be deprecated.");
                }
            }
        }
    }

    /// <summary>Unions: at least one member, each an object type, none twice.
    /// https://spec.graphql.org/September2025/#sec-Unions.Type-Validation</summary>
    private static void ValidateUnionMembers(UnionType union, List<string> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!included.Add(member.Name))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    /// <summary>Enums: at least one value. https://spec.graphql.org/September2025/#sec-Enums.Type-Validation</summary>
    private static void ValidateEnumValues(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values.Values)
        {
            ValidateName(value.Name, errors);
        }
    }

    /// <summary>Reserved Names: only introspection may start a name with two underscores.
    /// https://spec.graphql.org/September2025/#sec-Names.Reserved-Names</summary>
    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    /// <summary>A required argument or input field: non-null and without a default.</summary>
    private static bool IsRequired(InputValueDefinition value) => value.Type is NonNullGraphType && !value.HasDefaultValue;

    /// <summary>"a", "a and b", "a, b, and c", as graphql-js writes lists.</summary>
    private static string AndList(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
