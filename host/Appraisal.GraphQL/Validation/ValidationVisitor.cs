using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// What a rule sees of the walk. The walk visits every node once for all rules together (graphql-js's
/// <c>visitInParallel</c>): returning <see cref="VisitAction.SkipChildren"/> skips the node's children and its
/// leave hook for this rule only. Override the typed hooks, or <see cref="EnterNode"/>/<see cref="LeaveNode"/> for all kinds.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Called before a node's children; dispatches to the typed hook.</summary>
    public VisitAction Enter(SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.Document => EnterDocument((Document)node),
        SyntaxKind.OperationDefinition => EnterOperationDefinition((OperationDefinition)node),
        SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinition)node),
        SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinition)node),
        SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSet)node),
        SyntaxKind.Field => EnterField((Field)node),
        SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpread)node),
        SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragment)node),
        SyntaxKind.Argument => EnterArgument((Argument)node),
        SyntaxKind.Directive => EnterDirective((Directive)node),
        SyntaxKind.NamedType => EnterNamedType((NamedType)node),
        SyntaxKind.ObjectValue => EnterObjectValue((ObjectValue)node),
        SyntaxKind.ObjectField => EnterObjectField((ObjectField)node),
        SyntaxKind.NullValue or SyntaxKind.ListValue or SyntaxKind.EnumValue or SyntaxKind.IntValue
            or SyntaxKind.FloatValue or SyntaxKind.StringValue or SyntaxKind.BooleanValue => EnterLiteral((Value)node),
        _ => EnterNode(node),
    };

    /// <summary>Called after a node's children (unless this rule skipped them); dispatches to the typed hook.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                LeaveDocument((Document)node);
                break;
            case SyntaxKind.OperationDefinition:
                LeaveOperationDefinition((OperationDefinition)node);
                break;
            case SyntaxKind.FragmentDefinition:
                LeaveFragmentDefinition((FragmentDefinition)node);
                break;
            case SyntaxKind.Field:
                LeaveField((Field)node);
                break;
            case SyntaxKind.Directive:
                LeaveDirective((Directive)node);
                break;
            case SyntaxKind.ObjectValue:
                LeaveObjectValue((ObjectValue)node);
                break;
            default:
                LeaveNode(node);
                break;
        }
    }

    protected virtual VisitAction EnterNode(SyntaxNode node) => VisitAction.Continue;

    protected virtual void LeaveNode(SyntaxNode node)
    {
    }

    protected virtual VisitAction EnterDocument(Document node) => EnterNode(node);

    protected virtual void LeaveDocument(Document node) => LeaveNode(node);

    protected virtual VisitAction EnterOperationDefinition(OperationDefinition node) => EnterNode(node);

    protected virtual void LeaveOperationDefinition(OperationDefinition node) => LeaveNode(node);

    protected virtual VisitAction EnterFragmentDefinition(FragmentDefinition node) => EnterNode(node);

    protected virtual void LeaveFragmentDefinition(FragmentDefinition node) => LeaveNode(node);

    protected virtual VisitAction EnterVariableDefinition(VariableDefinition node) => EnterNode(node);

    protected virtual VisitAction EnterSelectionSet(SelectionSet node) => EnterNode(node);

    protected virtual VisitAction EnterField(Field node) => EnterNode(node);

    protected virtual void LeaveField(Field node) => LeaveNode(node);

    protected virtual VisitAction EnterFragmentSpread(FragmentSpread node) => EnterNode(node);

    protected virtual VisitAction EnterInlineFragment(InlineFragment node) => EnterNode(node);

    protected virtual VisitAction EnterArgument(Argument node) => EnterNode(node);

    protected virtual VisitAction EnterDirective(Directive node) => EnterNode(node);

    protected virtual void LeaveDirective(Directive node) => LeaveNode(node);

    protected virtual VisitAction EnterNamedType(NamedType node) => EnterNode(node);

    protected virtual VisitAction EnterObjectValue(ObjectValue node) => EnterLiteral(node);

    protected virtual void LeaveObjectValue(ObjectValue node) => LeaveNode(node);

    protected virtual VisitAction EnterObjectField(ObjectField node) => EnterNode(node);

    /// <summary>Any literal value but a variable: null, list, object, enum, int, float, string, boolean.</summary>
    protected virtual VisitAction EnterLiteral(Value node) => EnterNode(node);
}
