using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Shows a JSON-shaped value inside an error message the way graphql-js's <c>inspect</c> does
/// (<c>{ a: 1, b: "x" }</c>, at most 10 list items, nesting beyond two levels as <c>[Object]</c>), so
/// messages match the reference implementation.
/// </summary>
internal static class JsInspect
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 2;

    public static string Inspect(object? value)
    {
        var text = new StringBuilder();
        Format(text, value, 0);
        return text.ToString();
    }

    private static void Format(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append(JsonSerializer.Serialize(s));
                break;
            case bool b:
                text.Append(b ? "true" : "false");
                break;
            case double d:
                text.Append(JsNumber.Format(d));
                break;
            case IFormattable f:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                FormatObject(text, map, depth);
                break;
            case IEnumerable list:
                FormatList(text, [.. list.Cast<object?>()], depth);
                break;
            default:
                text.Append(value);
                break;
        }
    }

    private static void FormatObject(StringBuilder text, IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            text.Append("{}");
            return;
        }

        if (depth > MaxDepth)
        {
            text.Append("[Object]");
            return;
        }

        text.Append("{ ");
        var first = true;
        foreach (var (key, item) in map)
        {
            text.Append(first ? "" : ", ").Append(key).Append(": ");
            Format(text, item, depth + 1);
            first = false;
        }

        text.Append(" }");
    }

    private static void FormatList(StringBuilder text, List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            text.Append("[]");
            return;
        }

        if (depth > MaxDepth)
        {
            text.Append("[Array]");
            return;
        }

        text.Append('[');
        var shown = Math.Min(MaxListLength, items.Count);
        for (var i = 0; i < shown; i++)
        {
            text.Append(i == 0 ? "" : ", ");
            Format(text, items[i], depth + 1);
        }

        var remaining = items.Count - shown;
        text.Append(remaining switch { 0 => "", 1 => ", ... 1 more item", _ => $", ... {remaining} more items" });
        text.Append(']');
    }
}
