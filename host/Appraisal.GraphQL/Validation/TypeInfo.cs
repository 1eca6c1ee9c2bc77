using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Types.DirectiveDefinition;
using EnumValueDefinition = Appraisal.GraphQL.Types.EnumValueDefinition;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema types at the current position: the output type and its
/// parent composite type, the field definition, the directive and argument, the expected input type and
/// the default value there (graphql-js's TypeInfo). <see cref="Enter"/> runs before the rules see a node,
/// <see cref="Leave"/> after.
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphType?> _types = [];
    private readonly List<NamedGraphType?> _parentTypes = [];
    private readonly List<GraphType?> _inputTypes = [];
    private readonly List<(FieldDefinition Definition, NamedGraphType Parent)?> _fields = [];
    private readonly List<Value?> _defaultValues = [];
    private MetaFields? _metaFields;

    /// <summary>The output type at the current position.</summary>
    public GraphType? Type => Top(_types);

    /// <summary>The composite type whose selection set the walk is in.</summary>
    public NamedGraphType? ParentType => Top(_parentTypes);

    /// <summary>The expected input type at the current position.</summary>
    public GraphType? InputType => Top(_inputTypes);

    /// <summary>The input type enclosing <see cref="InputType"/>.</summary>
    public GraphType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => Top(_fields)?.Definition;

    /// <summary>The type the current field was looked up on.</summary>
    public NamedGraphType? FieldParentType => Top(_fields)?.Parent;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The default value of the argument or input field being given, or null.</summary>
    public Value? DefaultValue => Top(_defaultValues);

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSet:
                _parentTypes.Add(Type?.NamedType is { IsCompositeType: true } composite ? composite : null);
                break;
            case Field field:
                var definition = ParentType is { } parent ? FindField(parent, field.Name.Value) : null;
                _fields.Add(definition is null ? null : (definition, ParentType!));
                _types.Add(definition?.Type is { IsOutputType: true } output ? output : null);
                break;
            case Directive directive:
                Directive = schema.FindDirective(directive.Name.Value);
                break;
            case OperationDefinition operation:
                _types.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragment inline:
                _types.Add(OutputTypeOrNull(inline.TypeCondition is { } condition ? TypeReferences.Resolve(schema, condition) : Type?.NamedType));
                break;
            case FragmentDefinition fragment:
                _types.Add(OutputTypeOrNull(TypeReferences.Resolve(schema, fragment.TypeCondition)));
                break;
            case VariableDefinition variable:
                _inputTypes.Add(InputTypeOrNull(TypeReferences.Resolve(schema, variable.Type)));
                break;
            case Language.Argument argument:
                var owner = Directive?.Arguments ?? FieldDefinition?.Arguments;
                Argument = owner?.FirstOrDefault(a => a.Name == argument.Name.Value);
                _defaultValues.Add(Argument?.DefaultValue);
                _inputTypes.Add(InputTypeOrNull(Argument?.Type));
                break;
            case ListValue:
                _defaultValues.Add(null);
                _inputTypes.Add(Nullable(InputType) is ListGraphType list ? list.OfType : null);
                break;
            case ObjectField objectField:
                var inputField = InputType?.NamedType is InputObjectType inputObject
                    ? inputObject.Fields.GetValueOrDefault(objectField.Name.Value)
                    : null;
                _defaultValues.Add(inputField?.DefaultValue);
                _inputTypes.Add(InputTypeOrNull(inputField?.Type));
                break;
            case Language.EnumValue enumValue:
                EnumValue = InputType?.NamedType is EnumType enumType ? enumType.Values.GetValueOrDefault(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypes);
                break;
            case SyntaxKind.Field:
                Pop(_fields);
                Pop(_types);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition or SyntaxKind.InlineFragment or SyntaxKind.FragmentDefinition:
                Pop(_types);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypes);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValues);
                Pop(_inputTypes);
                break;
            case SyntaxKind.ListValue or SyntaxKind.ObjectField:
                Pop(_defaultValues);
                Pop(_inputTypes);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// A field of a composite type, including the meta fields: <c>__typename</c> on every composite type,
    /// <c>__schema</c> and <c>__type</c> on the query root (only once the schema has the introspection types).
    /// https://spec.graphql.org/September2025/#sec-Type-Name-Introspection
    /// </summary>
    public FieldDefinition? FindField(NamedGraphType parent, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            _metaFields ??= new MetaFields(schema);
            switch (name)
            {
                case "__typename":
                    return MetaFields.TypeName;
                case "__schema" when ReferenceEquals(parent, schema.QueryType):
                    return _metaFields.Schema;
                case "__type" when ReferenceEquals(parent, schema.QueryType):
                    return _metaFields.Type;
            }
        }

        return parent is IFieldsContainer container ? container.Fields.GetValueOrDefault(name) : null;
    }

    private static GraphType? OutputTypeOrNull(GraphType? type) => type is { IsOutputType: true } ? type : null;

    private static GraphType? InputTypeOrNull(GraphType? type) => type is { IsInputType: true } ? type : null;

    private static GraphType? Nullable(GraphType? type) => type is NonNullGraphType nonNull ? nonNull.OfType : type;

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>The introspection meta fields; <c>__schema</c>/<c>__type</c> stay null until the schema has <c>__Schema</c>/<c>__Type</c>.</summary>
    private sealed class MetaFields(Schema schema)
    {
        public static FieldDefinition TypeName { get; } = new("__typename", new NonNullGraphType(BuiltInScalars.String));

        public FieldDefinition? Schema { get; } = schema.FindType("__Schema") is { } type ? new("__schema", new NonNullGraphType(type)) : null;

        public FieldDefinition? Type { get; } = schema.FindType("__Type") is { } type
            ? new("__type", type, Arguments: [new InputValueDefinition("name", new NonNullGraphType(BuiltInScalars.String))])
            : null;
    }
}
