using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// The type system definitions of every SDL module, merged: each type with its extensions, the schema
/// definition with its extensions, and directive definitions. Reports what graphql-js's SDL rules report for
/// definitions: duplicate types, fields, enum values, arguments, directives, schema definitions, operation
/// types, and extensions of undefined types or of another kind.
/// https://spec.graphql.org/September2025/#sec-Type-Extensions
/// </summary>
internal sealed class SdlDocumentSet
{
    private readonly List<string> _errors;
    private readonly Dictionary<string, MergedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Language.DirectiveDefinition> _directives = new(StringComparer.Ordinal);

    public SdlDocumentSet(IEnumerable<Document> documents, ISet<string> codeTypeNames, List<string> errors)
    {
        _errors = errors;
        var all = documents.SelectMany(document => document.Definitions).ToList();
        foreach (var definition in all)
        {
            Define(definition, codeTypeNames);
        }

        foreach (var extension in all.OfType<TypeExtension>())
        {
            Extend(extension, codeTypeNames);
        }

        foreach (var extension in all.OfType<SchemaExtension>())
        {
            AddOperationTypes(extension.OperationTypes, isExtension: true);
            SchemaDirectives.AddRange(extension.Directives);
        }

        foreach (var type in Types)
        {
            CheckUniqueMembers(type);
        }

        foreach (var directive in _directives.Values)
        {
            CheckUniqueArguments($"@{directive.Name.Value}", directive.Arguments);
        }
    }

    /// <summary>Types in the order the modules define them.</summary>
    public List<MergedType> Types { get; } = [];

    /// <summary>Directive definitions in the order the modules define them.</summary>
    public IReadOnlyCollection<Language.DirectiveDefinition> Directives => _directives.Values;

    /// <summary>The one <c>schema { … }</c> definition, or null.</summary>
    public SchemaDefinition? Schema { get; private set; }

    /// <summary>Root operation types named by the schema definition and its extensions.</summary>
    public Dictionary<OperationType, NamedType> OperationTypes { get; } = [];

    /// <summary>Directives applied to the schema definition and its extensions.</summary>
    public List<Directive> SchemaDirectives { get; } = [];

    public MergedType? Find(string name) => _types.GetValueOrDefault(name);

    private void Define(Definition definition, ISet<string> codeTypeNames)
    {
        switch (definition)
        {
            case TypeDefinition type when _types.ContainsKey(type.Name.Value) || codeTypeNames.Contains(type.Name.Value):
                _errors.Add($"There can be only one type named \"{type.Name.Value}\".");
                break;
            case TypeDefinition type:
                var merged = new MergedType(type);
                Fold(merged, type);
                _types.Add(merged.Name, merged);
                Types.Add(merged);
                break;
            case Language.DirectiveDefinition directive when !_directives.TryAdd(directive.Name.Value, directive):
                _errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                break;
            case SchemaDefinition schema when Schema is not null:
                _errors.Add("Must provide only one schema definition.");
                AddOperationTypes(schema.OperationTypes, isExtension: false);
                break;
            case SchemaDefinition schema:
                Schema = schema;
                AddOperationTypes(schema.OperationTypes, isExtension: false);
                SchemaDirectives.AddRange(schema.Directives);
                break;
        }
    }

    private void Extend(TypeExtension extension, ISet<string> codeTypeNames)
    {
        var name = extension.Name.Value;
        if (!_types.TryGetValue(name, out var merged))
        {
            _errors.Add(codeTypeNames.Contains(name)
                ? $"Cannot extend type \"{name}\" because it is defined in code, not in SDL."
                : $"Cannot extend type \"{name}\" because it is not defined.");
            return;
        }

        if (KindOf(extension) is var kind && kind != KindOf(merged.Definition))
        {
            _errors.Add($"Cannot extend non-{kind} type \"{name}\".");
            return;
        }

        Fold(merged, extension);
    }

    /// <summary>Adds the members a definition or extension declares to the merged type.</summary>
    private static void Fold(MergedType merged, SyntaxNode node)
    {
        switch (node)
        {
            case ObjectTypeDefinition d: Add(merged, d.Directives, d.Interfaces, d.Fields); break;
            case ObjectTypeExtension e: Add(merged, e.Directives, e.Interfaces, e.Fields); break;
            case InterfaceTypeDefinition d: Add(merged, d.Directives, d.Interfaces, d.Fields); break;
            case InterfaceTypeExtension e: Add(merged, e.Directives, e.Interfaces, e.Fields); break;
            case UnionTypeDefinition d: merged.Directives.AddRange(d.Directives); merged.Members.AddRange(d.Types); break;
            case UnionTypeExtension e: merged.Directives.AddRange(e.Directives); merged.Members.AddRange(e.Types); break;
            case EnumTypeDefinition d: merged.Directives.AddRange(d.Directives); merged.Values.AddRange(d.Values); break;
            case EnumTypeExtension e: merged.Directives.AddRange(e.Directives); merged.Values.AddRange(e.Values); break;
            case InputObjectTypeDefinition d: merged.Directives.AddRange(d.Directives); merged.InputFields.AddRange(d.Fields); break;
            case InputObjectTypeExtension e: merged.Directives.AddRange(e.Directives); merged.InputFields.AddRange(e.Fields); break;
            case ScalarTypeDefinition d: merged.Directives.AddRange(d.Directives); break;
            case ScalarTypeExtension e: merged.Directives.AddRange(e.Directives); break;
        }
    }

    private static void Add(MergedType merged, IEnumerable<Directive> directives, IEnumerable<NamedType> interfaces, IEnumerable<FieldDefinition> fields)
    {
        merged.Directives.AddRange(directives);
        merged.Interfaces.AddRange(interfaces);
        merged.Fields.AddRange(fields);
    }

    private void AddOperationTypes(IEnumerable<OperationTypeDefinition> operationTypes, bool isExtension)
    {
        foreach (var operationType in operationTypes)
        {
            var operation = operationType.Operation.ToString().ToLowerInvariant();
            if (!OperationTypes.TryAdd(operationType.Operation, operationType.Type))
            {
                _errors.Add(isExtension
                    ? $"Type for {operation} already defined in the schema. It cannot be redefined."
                    : $"There can be only one {operation} type in schema.");
            }
        }
    }

    /// <summary>Each field, enum value and argument once (graphql-js's Unique*DefinitionNames rules).</summary>
    private void CheckUniqueMembers(MergedType type)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.Add(field.Name.Value))
            {
                _errors.Add($"Field \"{type.Name}.{field.Name.Value}\" can only be defined once.");
            }

            CheckUniqueArguments($"{type.Name}.{field.Name.Value}", field.Arguments);
        }

        foreach (var field in type.InputFields)
        {
            if (!fields.Add(field.Name.Value))
            {
                _errors.Add($"Field \"{type.Name}.{field.Name.Value}\" can only be defined once.");
            }
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in type.Values.Where(value => !values.Add(value.Name.Value)))
        {
            _errors.Add($"Enum value \"{type.Name}.{value.Name.Value}\" can only be defined once.");
        }
    }

    private void CheckUniqueArguments(string owner, IReadOnlyList<InputValueDefinition> arguments)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments.Where(argument => !names.Add(argument.Name.Value)))
        {
            _errors.Add($"Argument \"{owner}({argument.Name.Value}:)\" can only be defined once.");
        }
    }

    /// <summary>The kind word graphql-js uses in "Cannot extend non-… type".</summary>
    private static string KindOf(SyntaxNode node) => node switch
    {
        ObjectTypeDefinition or ObjectTypeExtension => "object",
        InterfaceTypeDefinition or InterfaceTypeExtension => "interface",
        UnionTypeDefinition or UnionTypeExtension => "union",
        EnumTypeDefinition or EnumTypeExtension => "enum",
        InputObjectTypeDefinition or InputObjectTypeExtension => "input object",
        _ => "scalar",
    };
}
