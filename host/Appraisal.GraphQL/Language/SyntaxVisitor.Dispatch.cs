namespace Appraisal.GraphQL.Language;

// From a node to its typed hooks and its children, by kind: a jump table, not a chain of type tests.
public abstract partial class SyntaxVisitor
{
    private VisitAction Enter(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.Name => EnterName((Name)node),
        SyntaxKind.Document => EnterDocument((Document)node),
        SyntaxKind.OperationDefinition => EnterOperationDefinition((OperationDefinition)node),
        SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinition)node),
        SyntaxKind.Variable => EnterVariable((Variable)node),
        SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSet)node),
        SyntaxKind.Field => EnterField((Field)node),
        SyntaxKind.Argument => EnterArgument((Argument)node),
        SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpread)node),
        SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragment)node),
        SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinition)node),
        SyntaxKind.IntValue => EnterIntValue((IntValue)node),
        SyntaxKind.FloatValue => EnterFloatValue((FloatValue)node),
        SyntaxKind.StringValue => EnterStringValue((StringValue)node),
        SyntaxKind.BooleanValue => EnterBooleanValue((BooleanValue)node),
        SyntaxKind.NullValue => EnterNullValue((NullValue)node),
        SyntaxKind.EnumValue => EnterEnumValue((EnumValue)node),
        SyntaxKind.ListValue => EnterListValue((ListValue)node),
        SyntaxKind.ObjectValue => EnterObjectValue((ObjectValue)node),
        SyntaxKind.ObjectField => EnterObjectField((ObjectField)node),
        SyntaxKind.Directive => EnterDirective((Directive)node),
        SyntaxKind.NamedType => EnterNamedType((NamedType)node),
        SyntaxKind.ListType => EnterListType((ListType)node),
        SyntaxKind.NonNullType => EnterNonNullType((NonNullType)node),
        SyntaxKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinition)node),
        SyntaxKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinition)node),
        SyntaxKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinition)node),
        SyntaxKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinition)node),
        SyntaxKind.FieldDefinition => EnterFieldDefinition((FieldDefinition)node),
        SyntaxKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinition)node),
        SyntaxKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinition)node),
        SyntaxKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinition)node),
        SyntaxKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinition)node),
        SyntaxKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinition)node),
        SyntaxKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinition)node),
        SyntaxKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinition)node),
        SyntaxKind.SchemaExtension => EnterSchemaExtension((SchemaExtension)node),
        SyntaxKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtension)node),
        SyntaxKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtension)node),
        SyntaxKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtension)node),
        SyntaxKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtension)node),
        SyntaxKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtension)node),
        SyntaxKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtension)node),
        SyntaxKind.TypeCoordinate => EnterTypeCoordinate((TypeCoordinate)node),
        SyntaxKind.MemberCoordinate => EnterMemberCoordinate((MemberCoordinate)node),
        SyntaxKind.ArgumentCoordinate => EnterArgumentCoordinate((ArgumentCoordinate)node),
        SyntaxKind.DirectiveCoordinate => EnterDirectiveCoordinate((DirectiveCoordinate)node),
        SyntaxKind.DirectiveArgumentCoordinate => EnterDirectiveArgumentCoordinate((DirectiveArgumentCoordinate)node),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    private void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Name:
                LeaveName((Name)node);
                break;
            case SyntaxKind.Document:
                LeaveDocument((Document)node);
                break;
            case SyntaxKind.OperationDefinition:
                LeaveOperationDefinition((OperationDefinition)node);
                break;
            case SyntaxKind.VariableDefinition:
                LeaveVariableDefinition((VariableDefinition)node);
                break;
            case SyntaxKind.Variable:
                LeaveVariable((Variable)node);
                break;
            case SyntaxKind.SelectionSet:
                LeaveSelectionSet((SelectionSet)node);
                break;
            case SyntaxKind.Field:
                LeaveField((Field)node);
                break;
            case SyntaxKind.Argument:
                LeaveArgument((Argument)node);
                break;
            case SyntaxKind.FragmentSpread:
                LeaveFragmentSpread((FragmentSpread)node);
                break;
            case SyntaxKind.InlineFragment:
                LeaveInlineFragment((InlineFragment)node);
                break;
            case SyntaxKind.FragmentDefinition:
                LeaveFragmentDefinition((FragmentDefinition)node);
                break;
            case SyntaxKind.IntValue:
                LeaveIntValue((IntValue)node);
                break;
            case SyntaxKind.FloatValue:
                LeaveFloatValue((FloatValue)node);
                break;
            case SyntaxKind.StringValue:
                LeaveStringValue((StringValue)node);
                break;
            case SyntaxKind.BooleanValue:
                LeaveBooleanValue((BooleanValue)node);
                break;
            case SyntaxKind.NullValue:
                LeaveNullValue((NullValue)node);
                break;
            case SyntaxKind.EnumValue:
                LeaveEnumValue((EnumValue)node);
                break;
            case SyntaxKind.ListValue:
                LeaveListValue((ListValue)node);
                break;
            case SyntaxKind.ObjectValue:
                LeaveObjectValue((ObjectValue)node);
                break;
            case SyntaxKind.ObjectField:
                LeaveObjectField((ObjectField)node);
                break;
            case SyntaxKind.Directive:
                LeaveDirective((Directive)node);
                break;
            case SyntaxKind.NamedType:
                LeaveNamedType((NamedType)node);
                break;
            case SyntaxKind.ListType:
                LeaveListType((ListType)node);
                break;
            case SyntaxKind.NonNullType:
                LeaveNonNullType((NonNullType)node);
                break;
            case SyntaxKind.SchemaDefinition:
                LeaveSchemaDefinition((SchemaDefinition)node);
                break;
            case SyntaxKind.OperationTypeDefinition:
                LeaveOperationTypeDefinition((OperationTypeDefinition)node);
                break;
            case SyntaxKind.ScalarTypeDefinition:
                LeaveScalarTypeDefinition((ScalarTypeDefinition)node);
                break;
            case SyntaxKind.ObjectTypeDefinition:
                LeaveObjectTypeDefinition((ObjectTypeDefinition)node);
                break;
            case SyntaxKind.FieldDefinition:
                LeaveFieldDefinition((FieldDefinition)node);
                break;
            case SyntaxKind.InputValueDefinition:
                LeaveInputValueDefinition((InputValueDefinition)node);
                break;
            case SyntaxKind.InterfaceTypeDefinition:
                LeaveInterfaceTypeDefinition((InterfaceTypeDefinition)node);
                break;
            case SyntaxKind.UnionTypeDefinition:
                LeaveUnionTypeDefinition((UnionTypeDefinition)node);
                break;
            case SyntaxKind.EnumTypeDefinition:
                LeaveEnumTypeDefinition((EnumTypeDefinition)node);
                break;
            case SyntaxKind.EnumValueDefinition:
                LeaveEnumValueDefinition((EnumValueDefinition)node);
                break;
            case SyntaxKind.InputObjectTypeDefinition:
                LeaveInputObjectTypeDefinition((InputObjectTypeDefinition)node);
                break;
            case SyntaxKind.DirectiveDefinition:
                LeaveDirectiveDefinition((DirectiveDefinition)node);
                break;
            case SyntaxKind.SchemaExtension:
                LeaveSchemaExtension((SchemaExtension)node);
                break;
            case SyntaxKind.ScalarTypeExtension:
                LeaveScalarTypeExtension((ScalarTypeExtension)node);
                break;
            case SyntaxKind.ObjectTypeExtension:
                LeaveObjectTypeExtension((ObjectTypeExtension)node);
                break;
            case SyntaxKind.InterfaceTypeExtension:
                LeaveInterfaceTypeExtension((InterfaceTypeExtension)node);
                break;
            case SyntaxKind.UnionTypeExtension:
                LeaveUnionTypeExtension((UnionTypeExtension)node);
                break;
            case SyntaxKind.EnumTypeExtension:
                LeaveEnumTypeExtension((EnumTypeExtension)node);
                break;
            case SyntaxKind.InputObjectTypeExtension:
                LeaveInputObjectTypeExtension((InputObjectTypeExtension)node);
                break;
            case SyntaxKind.TypeCoordinate:
                LeaveTypeCoordinate((TypeCoordinate)node);
                break;
            case SyntaxKind.MemberCoordinate:
                LeaveMemberCoordinate((MemberCoordinate)node);
                break;
            case SyntaxKind.ArgumentCoordinate:
                LeaveArgumentCoordinate((ArgumentCoordinate)node);
                break;
            case SyntaxKind.DirectiveCoordinate:
                LeaveDirectiveCoordinate((DirectiveCoordinate)node);
                break;
            case SyntaxKind.DirectiveArgumentCoordinate:
                LeaveDirectiveArgumentCoordinate((DirectiveArgumentCoordinate)node);
                break;
        }
    }

    private bool WalkChildren(SyntaxNode node) =>
        node.Kind switch
        {
            SyntaxKind.Document => WalkChildren((Document)node),
            SyntaxKind.OperationDefinition => WalkChildren((OperationDefinition)node),
            SyntaxKind.VariableDefinition => WalkChildren((VariableDefinition)node),
            SyntaxKind.Variable => WalkChildren((Variable)node),
            SyntaxKind.SelectionSet => WalkChildren((SelectionSet)node),
            SyntaxKind.Field => WalkChildren((Field)node),
            SyntaxKind.Argument => WalkChildren((Argument)node),
            SyntaxKind.FragmentSpread => WalkChildren((FragmentSpread)node),
            SyntaxKind.InlineFragment => WalkChildren((InlineFragment)node),
            SyntaxKind.FragmentDefinition => WalkChildren((FragmentDefinition)node),
            SyntaxKind.ListValue => WalkChildren((ListValue)node),
            SyntaxKind.ObjectValue => WalkChildren((ObjectValue)node),
            SyntaxKind.ObjectField => WalkChildren((ObjectField)node),
            SyntaxKind.Directive => WalkChildren((Directive)node),
            SyntaxKind.NamedType => WalkChildren((NamedType)node),
            SyntaxKind.ListType => WalkChildren((ListType)node),
            SyntaxKind.NonNullType => WalkChildren((NonNullType)node),
            SyntaxKind.SchemaDefinition => WalkChildren((SchemaDefinition)node),
            SyntaxKind.OperationTypeDefinition => WalkChildren((OperationTypeDefinition)node),
            SyntaxKind.ScalarTypeDefinition => WalkChildren((ScalarTypeDefinition)node),
            SyntaxKind.ObjectTypeDefinition => WalkChildren((ObjectTypeDefinition)node),
            SyntaxKind.FieldDefinition => WalkChildren((FieldDefinition)node),
            SyntaxKind.InputValueDefinition => WalkChildren((InputValueDefinition)node),
            SyntaxKind.InterfaceTypeDefinition => WalkChildren((InterfaceTypeDefinition)node),
            SyntaxKind.UnionTypeDefinition => WalkChildren((UnionTypeDefinition)node),
            SyntaxKind.EnumTypeDefinition => WalkChildren((EnumTypeDefinition)node),
            SyntaxKind.EnumValueDefinition => WalkChildren((EnumValueDefinition)node),
            SyntaxKind.InputObjectTypeDefinition => WalkChildren((InputObjectTypeDefinition)node),
            SyntaxKind.DirectiveDefinition => WalkChildren((DirectiveDefinition)node),
            SyntaxKind.SchemaExtension => WalkChildren((SchemaExtension)node),
            SyntaxKind.ScalarTypeExtension => WalkChildren((ScalarTypeExtension)node),
            SyntaxKind.ObjectTypeExtension => WalkChildren((ObjectTypeExtension)node),
            SyntaxKind.InterfaceTypeExtension => WalkChildren((InterfaceTypeExtension)node),
            SyntaxKind.UnionTypeExtension => WalkChildren((UnionTypeExtension)node),
            SyntaxKind.EnumTypeExtension => WalkChildren((EnumTypeExtension)node),
            SyntaxKind.InputObjectTypeExtension => WalkChildren((InputObjectTypeExtension)node),
            SyntaxKind.TypeCoordinate => WalkChildren((TypeCoordinate)node),
            SyntaxKind.MemberCoordinate => WalkChildren((MemberCoordinate)node),
            SyntaxKind.ArgumentCoordinate => WalkChildren((ArgumentCoordinate)node),
            SyntaxKind.DirectiveCoordinate => WalkChildren((DirectiveCoordinate)node),
            SyntaxKind.DirectiveArgumentCoordinate => WalkChildren((DirectiveArgumentCoordinate)node),
            _ => true,
        };
}
