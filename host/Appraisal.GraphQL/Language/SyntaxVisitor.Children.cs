namespace Appraisal.GraphQL.Language;

// The children of each node kind, in document order (the order of graphql-js's QueryDocumentKeys).
// Each walk returns false as soon as a hook stops the walk.
public abstract partial class SyntaxVisitor
{
    private bool WalkChildren(Document node) =>
        WalkAll(node.Definitions);

    private bool WalkChildren(OperationDefinition node) =>
        WalkOptional(node.Description)
        && WalkOptional(node.Name)
        && WalkAll(node.VariableDefinitions)
        && WalkAll(node.Directives)
        && Walk(node.SelectionSet);

    private bool WalkChildren(VariableDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Variable)
        && Walk(node.Type)
        && WalkOptional(node.DefaultValue)
        && WalkAll(node.Directives);

    private bool WalkChildren(Variable node) =>
        Walk(node.Name);

    private bool WalkChildren(SelectionSet node) =>
        WalkAll(node.Selections);

    private bool WalkChildren(Field node) =>
        WalkOptional(node.Alias)
        && Walk(node.Name)
        && WalkAll(node.Arguments)
        && WalkAll(node.Directives)
        && WalkOptional(node.SelectionSet);

    private bool WalkChildren(Argument node) =>
        Walk(node.Name)
        && Walk(node.Value);

    private bool WalkChildren(FragmentSpread node) =>
        Walk(node.Name)
        && WalkAll(node.Directives);

    private bool WalkChildren(InlineFragment node) =>
        WalkOptional(node.TypeCondition)
        && WalkAll(node.Directives)
        && Walk(node.SelectionSet);

    private bool WalkChildren(FragmentDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && Walk(node.TypeCondition)
        && WalkAll(node.Directives)
        && Walk(node.SelectionSet);

    private bool WalkChildren(ListValue node) =>
        WalkAll(node.Values);

    private bool WalkChildren(ObjectValue node) =>
        WalkAll(node.Fields);

    private bool WalkChildren(ObjectField node) =>
        Walk(node.Name)
        && Walk(node.Value);

    private bool WalkChildren(Directive node) =>
        Walk(node.Name)
        && WalkAll(node.Arguments);

    private bool WalkChildren(NamedType node) =>
        Walk(node.Name);

    private bool WalkChildren(ListType node) =>
        Walk(node.Type);

    private bool WalkChildren(NonNullType node) =>
        Walk(node.Type);

    private bool WalkChildren(SchemaDefinition node) =>
        WalkOptional(node.Description)
        && WalkAll(node.Directives)
        && WalkAll(node.OperationTypes);

    private bool WalkChildren(OperationTypeDefinition node) =>
        Walk(node.Type);

    private bool WalkChildren(ScalarTypeDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Directives);

    private bool WalkChildren(ObjectTypeDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Interfaces)
        && WalkAll(node.Directives)
        && WalkAll(node.Fields);

    private bool WalkChildren(FieldDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Arguments)
        && Walk(node.Type)
        && WalkAll(node.Directives);

    private bool WalkChildren(InputValueDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && Walk(node.Type)
        && WalkOptional(node.DefaultValue)
        && WalkAll(node.Directives);

    private bool WalkChildren(InterfaceTypeDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Interfaces)
        && WalkAll(node.Directives)
        && WalkAll(node.Fields);

    private bool WalkChildren(UnionTypeDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Directives)
        && WalkAll(node.Types);

    private bool WalkChildren(EnumTypeDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Directives)
        && WalkAll(node.Values);

    private bool WalkChildren(EnumValueDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Directives);

    private bool WalkChildren(InputObjectTypeDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Directives)
        && WalkAll(node.Fields);

    private bool WalkChildren(DirectiveDefinition node) =>
        WalkOptional(node.Description)
        && Walk(node.Name)
        && WalkAll(node.Arguments)
        && WalkAll(node.Locations);

    private bool WalkChildren(SchemaExtension node) =>
        WalkAll(node.Directives)
        && WalkAll(node.OperationTypes);

    private bool WalkChildren(ScalarTypeExtension node) =>
        Walk(node.Name)
        && WalkAll(node.Directives);

    private bool WalkChildren(ObjectTypeExtension node) =>
        Walk(node.Name)
        && WalkAll(node.Interfaces)
        && WalkAll(node.Directives)
        && WalkAll(node.Fields);

    private bool WalkChildren(InterfaceTypeExtension node) =>
        Walk(node.Name)
        && WalkAll(node.Interfaces)
        && WalkAll(node.Directives)
        && WalkAll(node.Fields);

    private bool WalkChildren(UnionTypeExtension node) =>
        Walk(node.Name)
        && WalkAll(node.Directives)
        && WalkAll(node.Types);

    private bool WalkChildren(EnumTypeExtension node) =>
        Walk(node.Name)
        && WalkAll(node.Directives)
        && WalkAll(node.Values);

    private bool WalkChildren(InputObjectTypeExtension node) =>
        Walk(node.Name)
        && WalkAll(node.Directives)
        && WalkAll(node.Fields);

    private bool WalkChildren(TypeCoordinate node) =>
        Walk(node.Name);

    private bool WalkChildren(MemberCoordinate node) =>
        Walk(node.Name)
        && Walk(node.MemberName);

    private bool WalkChildren(ArgumentCoordinate node) =>
        Walk(node.Name)
        && Walk(node.FieldName)
        && Walk(node.ArgumentName);

    private bool WalkChildren(DirectiveCoordinate node) =>
        Walk(node.Name);

    private bool WalkChildren(DirectiveArgumentCoordinate node) =>
        Walk(node.Name)
        && Walk(node.ArgumentName);
}
