using System.Globalization;
using System.Text;

namespace Appraisal.GraphQL.Language;

// Input values and strings.
public static partial class Printer
{
    private static string PrintListValue(ListValue node)
    {
        var values = PrintAll(node.Values);
        return 2 + JoinedLength(values, ", ") > MaxLineLength
            ? Wrap("[\n", Indent(Join(values, "\n")), "\n]")
            : "[" + Join(values, ", ") + "]";
    }

    private static string PrintObjectValue(ObjectValue node)
    {
        var fields = PrintAll(node.Fields);

        // An empty object prints as "{  }", exactly as graphql-js 17 does.
        return 4 + JoinedLength(fields, ", ") > MaxLineLength
            ? Block(fields)
            : "{ " + Join(fields, ", ") + " }";
    }

    /// <summary>
    /// A quoted string: <c>"</c>, <c>\</c>, C0 and C1 control characters and DEL are escaped (with the short
    /// forms <c>\b \t \n \f \r</c> where they exist); everything else is written as is.
    /// </summary>
    private static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A block string, laid out the way graphql-js's <c>printBlockString</c> lays it out: on its own lines when
    /// the value has several lines, is long (over 70 characters) or ends with a quote or backslash; with
    /// <c>"""</c> escaped.
    /// </summary>
    private static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine
            || value.Length > 70
            || forceTrailingNewLine
            || forceLeadingNewLine
            || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder("\"\"\"", escaped.Length + 8);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
