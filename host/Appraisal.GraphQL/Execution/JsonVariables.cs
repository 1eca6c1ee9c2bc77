using System.Text.Json;

namespace Appraisal.GraphQL.Execution;

/// <summary>Turns a request's <c>variables</c> JSON object into the JSON-shaped values <see cref="ExecutionRequest"/> takes.</summary>
public static class JsonVariables
{
    /// <summary>
    /// Variables from a JSON object (null or JSON null gives none). Objects become ordered dictionaries, arrays
    /// lists, numbers <see cref="int"/> when they fit, else <see cref="long"/>, else <see cref="double"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The element is not an object.</exception>
    public static IReadOnlyDictionary<string, object?>? FromJson(JsonElement? variables)
    {
        if (variables is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("Variables must be a JSON object.", nameof(variables));
        }

        return (IReadOnlyDictionary<string, object?>)ToValue(element)!;
    }

    /// <summary>One JSON value as a JSON-shaped .NET value.</summary>
    public static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(element.GetPropertyCount(), StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToValue(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToValue(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? (object)l : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
