namespace Appraisal.GraphQL.Language;

// Operations, selections and fragments.
public static partial class Printer
{
    private static string PrintOperationDefinition(OperationDefinition node)
    {
        var variables = PrintAll(node.VariableDefinitions);

        // graphql-js 17 puts variables on their own (unindented) lines when one of them spans several lines.
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var operation = Keyword(node.Operation);
        var prefix = PrintDescription(node.Description) + JoinWords(
            operation,
            PrintOptional(node.Name) + variableDefinitions,
            Join(PrintAll(node.Directives), " "));
        var selectionSet = Print(node.SelectionSet);
        return node.Operation == OperationType.Query && prefix.Length == operation.Length
            ? selectionSet
            : prefix + " " + selectionSet;
    }

    private static string PrintVariableDefinition(VariableDefinition node) =>
        PrintDescription(node.Description)
        + Print(node.Variable)
        + ": "
        + Print(node.Type)
        + Wrap(" = ", PrintOptional(node.DefaultValue))
        + Wrap(" ", Join(PrintAll(node.Directives), " "));

    private static string PrintSelectionSet(SelectionSet node) =>
        node.Selections.Count == 0 ? "{}" : Block(PrintAll(node.Selections));

    private static string PrintField(Field node)
    {
        var prefix = Wrap("", PrintOptional(node.Alias), ": ") + node.Name.Value;
        return WrappedLineAndArguments(prefix, node.Arguments)
            + Wrap(" ", Join(PrintAll(node.Directives), " "))
            + Wrap(" ", PrintOptional(node.SelectionSet));
    }

    private static string PrintFragmentSpread(FragmentSpread node) =>
        "..." + node.Name.Value + Wrap(" ", Join(PrintAll(node.Directives), " "));

    private static string PrintInlineFragment(InlineFragment node) =>
        JoinWords(
            "...",
            Wrap("on ", PrintOptional(node.TypeCondition)),
            Join(PrintAll(node.Directives), " "),
            Print(node.SelectionSet));

    private static string PrintFragmentDefinition(FragmentDefinition node) =>
        PrintDescription(node.Description)
        + "fragment "
        + node.Name.Value
        + " on "
        + Print(node.TypeCondition)
        + " "
        + Wrap("", Join(PrintAll(node.Directives), " "), " ")
        + Print(node.SelectionSet);

    private static string PrintDirective(Directive node) =>
        "@" + node.Name.Value + Wrap("(", Join(PrintAll(node.Arguments), ", "), ")");
}
