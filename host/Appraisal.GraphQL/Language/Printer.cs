using System.Runtime.CompilerServices;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// Prints a syntax tree as canonical GraphQL text, the same text graphql-js 17's <c>print()</c> produces:
/// two-space indentation, one selection per line, the <c>query</c> keyword omitted only for an anonymous
/// query without variables, directives or description, block strings kept as block strings, argument,
/// list and object values broken over lines once they pass 80 characters. Parsing the output gives the
/// same tree again (locations aside), and printing that gives the same text.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints <paramref name="node"/> and everything under it.</summary>
    /// <exception cref="InsufficientExecutionStackException">A hand-built tree is too deep for the stack.</exception>
    public static string Print(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            Name name => name.Value,
            Document document => Join(PrintAll(document.Definitions), "\n\n"),
            OperationDefinition operation => PrintOperationDefinition(operation),
            VariableDefinition variableDefinition => PrintVariableDefinition(variableDefinition),
            Variable variable => "$" + variable.Name.Value,
            SelectionSet selectionSet => PrintSelectionSet(selectionSet),
            Field field => PrintField(field),
            Argument argument => argument.Name.Value + ": " + Print(argument.Value),
            FragmentSpread spread => PrintFragmentSpread(spread),
            InlineFragment inlineFragment => PrintInlineFragment(inlineFragment),
            FragmentDefinition fragment => PrintFragmentDefinition(fragment),
            IntValue intValue => intValue.Value,
            FloatValue floatValue => floatValue.Value,
            StringValue stringValue => stringValue.Block ? PrintBlockString(stringValue.Value) : PrintString(stringValue.Value),
            BooleanValue booleanValue => booleanValue.Value ? "true" : "false",
            NullValue => "null",
            EnumValue enumValue => enumValue.Value,
            ListValue list => PrintListValue(list),
            ObjectValue obj => PrintObjectValue(obj),
            ObjectField objectField => objectField.Name.Value + ": " + Print(objectField.Value),
            Directive directive => PrintDirective(directive),
            NamedType namedType => namedType.Name.Value,
            ListType listType => "[" + Print(listType.Type) + "]",
            NonNullType nonNullType => Print(nonNullType.Type) + "!",
            TypeSystemDefinition definition => PrintTypeSystemDefinition(definition),
            OperationTypeDefinition operationType => Keyword(operationType.Operation) + ": " + Print(operationType.Type),
            FieldDefinition fieldDefinition => PrintFieldDefinition(fieldDefinition),
            InputValueDefinition inputValue => PrintInputValueDefinition(inputValue),
            EnumValueDefinition enumValueDefinition => PrintEnumValueDefinition(enumValueDefinition),
            TypeSystemExtension extension => PrintTypeSystemExtension(extension),
            SchemaCoordinate coordinate => PrintSchemaCoordinate(coordinate),
            _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
        };
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return [];
        }

        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    private static string PrintOptional(SyntaxNode? node) => node is null ? "" : Print(node);

    /// <summary>Joins the non-empty parts with <paramref name="separator"/>.</summary>
    private static string Join(string[] parts, string separator) =>
        Array.IndexOf(parts, "") < 0
            ? string.Join(separator, parts)
            : string.Join(separator, parts.Where(part => part.Length != 0));

    /// <summary>Joins the non-empty parts with a space.</summary>
    private static string JoinWords(params ReadOnlySpan<string> parts)
    {
        var result = "";
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                result = result.Length == 0 ? part : result + " " + part;
            }
        }

        return result;
    }

    /// <summary>The length <see cref="Join"/> would produce, without building it.</summary>
    private static int JoinedLength(string[] parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }

    /// <summary><paramref name="start"/> + <paramref name="inner"/> + <paramref name="end"/>, or nothing when <paramref name="inner"/> is empty.</summary>
    private static string Wrap(string start, string inner, string end = "") =>
        inner.Length == 0 ? "" : start + inner + end;

    /// <summary>Indents every line of <paramref name="text"/> (blank lines and block-string lines too) by two spaces.</summary>
    private static string Indent(string text) =>
        text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    /// <summary>One item per line between braces, or nothing when there are no items.</summary>
    private static string Block(string[] items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static bool HasMultilineItems(string[] items)
    {
        foreach (var item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The arguments of a field in parentheses, one per line if they do not fit in 80 columns.</summary>
    private static string WrappedLineAndArguments(string prefix, IReadOnlyList<Argument> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var printed = PrintAll(arguments);
        return prefix.Length + JoinedLength(printed, ", ") + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : prefix + Wrap("(", Join(printed, ", "), ")");
    }

    /// <summary>Argument definitions on one line, or one per line as soon as one of them spans several lines.</summary>
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinition> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    /// <summary>A description followed by its line break, or nothing.</summary>
    private static string PrintDescription(StringValue? description) => Wrap("", PrintOptional(description), "\n");
}
