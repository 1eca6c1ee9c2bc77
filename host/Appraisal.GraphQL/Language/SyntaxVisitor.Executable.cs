namespace Appraisal.GraphQL.Language;

// Hooks for executable definitions, selections, values, types and directives.
public abstract partial class SyntaxVisitor
{
    /// <summary>Called before the children of each <see cref="Name"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterName(Name node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="Name"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveName(Name node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="Document"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterDocument(Document node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="Document"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveDocument(Document node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="OperationDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterOperationDefinition(OperationDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="OperationDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveOperationDefinition(OperationDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="VariableDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterVariableDefinition(VariableDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="VariableDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveVariableDefinition(VariableDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="Variable"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterVariable(Variable node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="Variable"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveVariable(Variable node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="SelectionSet"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterSelectionSet(SelectionSet node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="SelectionSet"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveSelectionSet(SelectionSet node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="Field"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterField(Field node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="Field"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveField(Field node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="Argument"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterArgument(Argument node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="Argument"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveArgument(Argument node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="FragmentSpread"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterFragmentSpread(FragmentSpread node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="FragmentSpread"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveFragmentSpread(FragmentSpread node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="InlineFragment"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterInlineFragment(InlineFragment node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="InlineFragment"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveInlineFragment(InlineFragment node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="FragmentDefinition"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterFragmentDefinition(FragmentDefinition node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="FragmentDefinition"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveFragmentDefinition(FragmentDefinition node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="IntValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterIntValue(IntValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="IntValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveIntValue(IntValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="FloatValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterFloatValue(FloatValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="FloatValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveFloatValue(FloatValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="StringValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterStringValue(StringValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="StringValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveStringValue(StringValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="BooleanValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterBooleanValue(BooleanValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="BooleanValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveBooleanValue(BooleanValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="NullValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterNullValue(NullValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="NullValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveNullValue(NullValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="EnumValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterEnumValue(EnumValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="EnumValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveEnumValue(EnumValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ListValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterListValue(ListValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ListValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveListValue(ListValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ObjectValue"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterObjectValue(ObjectValue node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ObjectValue"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveObjectValue(ObjectValue node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ObjectField"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterObjectField(ObjectField node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ObjectField"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveObjectField(ObjectField node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="Directive"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterDirective(Directive node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="Directive"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveDirective(Directive node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="NamedType"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterNamedType(NamedType node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="NamedType"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveNamedType(NamedType node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="ListType"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterListType(ListType node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="ListType"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveListType(ListType node) => LeaveNode(node);

    /// <summary>Called before the children of each <see cref="NonNullType"/>; by default calls <see cref="EnterNode"/>.</summary>
    protected virtual VisitAction EnterNonNullType(NonNullType node) => EnterNode(node);

    /// <summary>Called after the children of each <see cref="NonNullType"/>; by default calls <see cref="LeaveNode"/>.</summary>
    protected virtual void LeaveNonNullType(NonNullType node) => LeaveNode(node);
}
