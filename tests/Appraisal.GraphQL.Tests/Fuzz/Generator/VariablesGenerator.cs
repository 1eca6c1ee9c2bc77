using System.Text.Json;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>
/// JSON-shaped variable values (what <c>JsonVariables</c> makes of a request): mostly of the declared type, often
/// of a wrong one, sometimes huge or deeply nested, with undeclared extras. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class VariablesGenerator(Random random)
{
    private static readonly JsonSerializerOptions Json = new() { MaxDepth = 4_096, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private readonly Random _random = random;

    /// <summary>Largest string or list the generator makes.</summary>
    public int MaxSize { get; init; } = 10_000;

    /// <summary>Values for <paramref name="declared"/>; when <paramref name="strict"/>, nearly always of the declared type.</summary>
    public Dictionary<string, object?>? For(IReadOnlyList<(string Name, GraphType? Type)> declared, bool strict = false)
    {
        if (declared.Count == 0 && _random.Next(3) != 0)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, type) in declared)
        {
            var roll = _random.Next(strict ? 40 : 10);
            if (roll == 0 && !(strict && type is NonNullGraphType))
            {
                continue; // absent
            }

            values[name] = (roll > 0 && roll < 6) || strict ? (type is null ? null : Typed(type, 0)) : Junk(0);
        }

        if (!strict && _random.Next(8) == 0)
        {
            values["extra" + _random.Next(10)] = Junk(0);
        }

        return values;
    }

    /// <summary>The variables as JSON text, as a client would send them.</summary>
    public static string ToJson(object? value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Any JSON value: wrong types, edge numbers, long strings, deep nesting.</summary>
    public object? Junk(int depth)
    {
        switch (_random.Next(depth > 3 ? 10 : 16))
        {
            case 0: return null;
            case 1: return _random.Next(2) == 0;
            case 2: return _random.Next(int.MinValue, int.MaxValue);
            case 3: return (long)int.MaxValue + _random.Next(1, 1000);
            // Infinity too: JsonVariables turns 1e400 into it.
            case 4: return _random.Next(5) switch { 0 => double.MaxValue, 1 => double.Epsilon, 2 => double.PositiveInfinity, 3 => double.NegativeInfinity, _ => -0.0 };
            case 5: return _random.NextDouble() * 1e10;
            case 6: return "RED";
            case 7: return new string('x', _random.Next(MaxSize));
            case 8: return "\u0000\uFFFD\u00e9😀 民主";
            case 9: return string.Empty;
            case 10: return Deep(_random.Next(1, 200));
            case 11: return Enumerable.Range(0, _random.Next(MaxSize / 10)).Cast<object?>().ToList();
            default:
                var count = _random.Next(5);
                if (_random.Next(2) == 0)
                {
                    return Enumerable.Range(0, count).Select(_ => Junk(depth + 1)).ToList();
                }

                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < count; i++)
                {
                    map[_random.Next(3) == 0 ? "color" : "k" + i] = Junk(depth + 1);
                }

                return map;
        }
    }

    private object? Typed(GraphType type, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                return Typed(nonNull.OfType, depth);
            case ListGraphType list:
                if (_random.Next(5) == 0)
                {
                    return Typed(list.OfType, depth + 1); // a single value for a list
                }

                return Enumerable.Range(0, _random.Next(4)).Select(_ => Typed(list.OfType, depth + 1)).ToList();
            case InputObjectType input:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                if (input.IsOneOf)
                {
                    var fields = input.Fields.Values.ToArray();
                    var one = fields[_random.Next(fields.Length)];
                    map[one.Name] = Typed(one.Type, depth + 1) ?? "x";
                    return map;
                }

                foreach (var field in input.Fields.Values)
                {
                    if (_random.Next(input.IsOneOf ? 3 : 2) == 0 || field.Type is NonNullGraphType)
                    {
                        map[field.Name] = Typed(field.Type, depth + 1);
                    }
                }

                return map;
            case EnumType enumType:
                var values = enumType.Values.Keys.ToArray();
                return values[_random.Next(values.Length)];
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => _random.Next(-1000, 1000),
                    "Float" => _random.NextDouble() * 100,
                    "Boolean" => _random.Next(2) == 0,
                    "ID" => _random.Next(2) == 0 ? _random.Next(100) : "id",
                    _ => "text",
                };
            default:
                return null;
        }
    }

    private static object? Deep(int depth)
    {
        object? value = 1;
        for (var i = 0; i < depth; i++)
        {
            value = i % 2 == 0 ? new List<object?> { value } : new Dictionary<string, object?> { ["a"] = value };
        }

        return value;
    }
}
