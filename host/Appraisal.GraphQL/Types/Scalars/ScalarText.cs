using System.Globalization;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types.Scalars;

/// <summary>How values are shown inside coercion messages, close to graphql-js's <c>inspect</c>.</summary>
internal static class ScalarText
{
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IDictionary or IReadOnlyDictionary<string, object?> => "{ ... }",
        System.Collections.IEnumerable => "[...]",
        _ => value.ToString() ?? "",
    };

    public static string Print(Value literal) => Printer.Print(literal);
}
