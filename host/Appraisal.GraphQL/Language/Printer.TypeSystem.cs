namespace Appraisal.GraphQL.Language;

// Type-system definitions, extensions and schema coordinates.
public static partial class Printer
{
    private static string PrintTypeSystemDefinition(TypeSystemDefinition node) => node switch
    {
        SchemaDefinition schema => PrintDescription(schema.Description)
            + JoinWords("schema", Directives(schema.Directives), Block(PrintAll(schema.OperationTypes))),
        ScalarTypeDefinition scalar => PrintDescription(scalar.Description)
            + JoinWords("scalar", scalar.Name.Value, Directives(scalar.Directives)),
        ObjectTypeDefinition type => PrintDescription(type.Description)
            + JoinWords("type", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(PrintAll(type.Fields))),
        InterfaceTypeDefinition type => PrintDescription(type.Description)
            + JoinWords("interface", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(PrintAll(type.Fields))),
        UnionTypeDefinition union => PrintDescription(union.Description)
            + JoinWords("union", union.Name.Value, Directives(union.Directives), Members(union.Types)),
        EnumTypeDefinition enumType => PrintDescription(enumType.Description)
            + JoinWords("enum", enumType.Name.Value, Directives(enumType.Directives), Block(PrintAll(enumType.Values))),
        InputObjectTypeDefinition input => PrintDescription(input.Description)
            + JoinWords("input", input.Name.Value, Directives(input.Directives), Block(PrintAll(input.Fields))),
        DirectiveDefinition directive => PrintDirectiveDefinition(directive),
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    private static string PrintTypeSystemExtension(TypeSystemExtension node) => node switch
    {
        SchemaExtension schema =>
            JoinWords("extend schema", Directives(schema.Directives), Block(PrintAll(schema.OperationTypes))),
        ScalarTypeExtension scalar =>
            JoinWords("extend scalar", scalar.Name.Value, Directives(scalar.Directives)),
        ObjectTypeExtension type =>
            JoinWords("extend type", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(PrintAll(type.Fields))),
        InterfaceTypeExtension type =>
            JoinWords("extend interface", type.Name.Value, Implements(type.Interfaces), Directives(type.Directives), Block(PrintAll(type.Fields))),
        UnionTypeExtension union =>
            JoinWords("extend union", union.Name.Value, Directives(union.Directives), Members(union.Types)),
        EnumTypeExtension enumType =>
            JoinWords("extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(PrintAll(enumType.Values))),
        InputObjectTypeExtension input =>
            JoinWords("extend input", input.Name.Value, Directives(input.Directives), Block(PrintAll(input.Fields))),
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    private static string PrintFieldDefinition(FieldDefinition node) =>
        PrintDescription(node.Description)
        + node.Name.Value
        + PrintArgumentDefinitions(node.Arguments)
        + ": "
        + Print(node.Type)
        + Wrap(" ", Directives(node.Directives));

    private static string PrintInputValueDefinition(InputValueDefinition node) =>
        PrintDescription(node.Description)
        + node.Name.Value
        + ": "
        + Print(node.Type)
        + Wrap(" = ", PrintOptional(node.DefaultValue))
        + Wrap(" ", Directives(node.Directives));

    private static string PrintEnumValueDefinition(EnumValueDefinition node) =>
        PrintDescription(node.Description) + JoinWords(node.Name.Value, Directives(node.Directives));

    private static string PrintDirectiveDefinition(DirectiveDefinition node) =>
        PrintDescription(node.Description)
        + "directive @"
        + node.Name.Value
        + PrintArgumentDefinitions(node.Arguments)
        + (node.Repeatable ? " repeatable" : "")
        + " on "
        + Join(PrintAll(node.Locations), " | ");

    private static string PrintSchemaCoordinate(SchemaCoordinate node) => node switch
    {
        TypeCoordinate type => type.Name.Value,
        MemberCoordinate member => member.Name.Value + "." + member.MemberName.Value,
        ArgumentCoordinate argument =>
            argument.Name.Value + "." + argument.FieldName.Value + "(" + argument.ArgumentName.Value + ":)",
        DirectiveCoordinate directive => "@" + directive.Name.Value,
        DirectiveArgumentCoordinate argument => "@" + argument.Name.Value + "(" + argument.ArgumentName.Value + ":)",
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    private static string Directives(IReadOnlyList<Directive> directives) => Join(PrintAll(directives), " ");

    private static string Implements(IReadOnlyList<NamedType> interfaces) =>
        Wrap("implements ", Join(PrintAll(interfaces), " & "));

    private static string Members(IReadOnlyList<NamedType> types) => Wrap("= ", Join(PrintAll(types), " | "));
}
