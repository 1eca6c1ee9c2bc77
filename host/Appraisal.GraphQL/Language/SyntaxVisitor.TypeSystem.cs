namespace Appraisal.GraphQL.Language;

// Hooks for type-system definitions, extensions and schema coordinates.
public abstract partial class SyntaxVisitor
{
    /// <summary>Called before the children of each <see cref="SchemaDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterSchemaDefinition(SchemaDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="SchemaDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveSchemaDefinition(SchemaDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="OperationTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="OperationTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveOperationTypeDefinition(OperationTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ScalarTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ScalarTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveScalarTypeDefinition(ScalarTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ObjectTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ObjectTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveObjectTypeDefinition(ObjectTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="FieldDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterFieldDefinition(FieldDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="FieldDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveFieldDefinition(FieldDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="InputValueDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterInputValueDefinition(InputValueDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="InputValueDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveInputValueDefinition(InputValueDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="InterfaceTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="InterfaceTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="UnionTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="UnionTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveUnionTypeDefinition(UnionTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="EnumTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="EnumTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveEnumTypeDefinition(EnumTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="EnumValueDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterEnumValueDefinition(EnumValueDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="EnumValueDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveEnumValueDefinition(EnumValueDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="InputObjectTypeDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="InputObjectTypeDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="DirectiveDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterDirectiveDefinition(DirectiveDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="DirectiveDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveDirectiveDefinition(DirectiveDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="SchemaExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterSchemaExtension(SchemaExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="SchemaExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveSchemaExtension(SchemaExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ScalarTypeExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterScalarTypeExtension(ScalarTypeExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ScalarTypeExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveScalarTypeExtension(ScalarTypeExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ObjectTypeExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterObjectTypeExtension(ObjectTypeExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ObjectTypeExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveObjectTypeExtension(ObjectTypeExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="InterfaceTypeExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="InterfaceTypeExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveInterfaceTypeExtension(InterfaceTypeExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="UnionTypeExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterUnionTypeExtension(UnionTypeExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="UnionTypeExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveUnionTypeExtension(UnionTypeExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="EnumTypeExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterEnumTypeExtension(EnumTypeExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="EnumTypeExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveEnumTypeExtension(EnumTypeExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="InputObjectTypeExtension"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtension node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="InputObjectTypeExtension"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveInputObjectTypeExtension(InputObjectTypeExtension node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="TypeCoordinate"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterTypeCoordinate(TypeCoordinate node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="TypeCoordinate"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveTypeCoordinate(TypeCoordinate node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="MemberCoordinate"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterMemberCoordinate(MemberCoordinate node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="MemberCoordinate"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveMemberCoordinate(MemberCoordinate node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ArgumentCoordinate"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterArgumentCoordinate(ArgumentCoordinate node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ArgumentCoordinate"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveArgumentCoordinate(ArgumentCoordinate node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="DirectiveCoordinate"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterDirectiveCoordinate(DirectiveCoordinate node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="DirectiveCoordinate"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveDirectiveCoordinate(DirectiveCoordinate node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="DirectiveArgumentCoordinate"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterDirectiveArgumentCoordinate(DirectiveArgumentCoordinate node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="DirectiveArgumentCoordinate"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveDirectiveArgumentCoordinate(DirectiveArgumentCoordinate node) => LeaveNode(node);
}
