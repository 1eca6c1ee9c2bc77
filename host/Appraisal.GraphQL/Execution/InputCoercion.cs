using System.Collections;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Input coercion (spec §3 "Input Coercion" of each type): JSON-shaped variable values and literals become the
/// values resolvers see — scalars parsed, enum names mapped to internal values, input objects as ordered
/// <see cref="Dictionary{TKey,TValue}"/>s with defaults applied, lists as <c>object?[]</c>. Problems go to
/// the <c>errors</c> list with a path like graphql-js prints (<c> at .field[0]</c>).
/// </summary>
internal static class InputCoercion
{
    /// <summary>Coerces a variable value (never "missing": the caller handles that).</summary>
    public static object? CoerceInputValue(object? value, GraphType type, InputPath path, List<InputError> errors)
    {
        if (type is NonNullGraphType nonNull)
        {
            if (value is null)
            {
                errors.Add(new(path.ToString(), $"Expected value of non-null type \"{type}\" not to be null."));
                return null;
            }

            return CoerceInputValue(value, nonNull.OfType, path, errors);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListGraphType list:
                if (value is IReadOnlyList<object?> given)
                {
                    // JSON variables arrive as lists: index them rather than box an enumerator.
                    var coerced = new object?[given.Count];
                    for (var i = 0; i < coerced.Length; i++)
                    {
                        coerced[i] = CoerceInputValue(given[i], list.OfType, path.Item(i), errors);
                    }

                    return coerced;
                }

                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        items.Add(CoerceInputValue(item, list.OfType, path.Item(index++), errors));
                    }

                    return items.ToArray();
                }

                return new[] { CoerceInputValue(value, list.OfType, path, errors) };
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, errors);
            case EnumType enumType:
                if (value is not string name)
                {
                    errors.Add(new(path.ToString(), $"Enum \"{enumType.Name}\" cannot represent non-string value: {JsInspect.Inspect(value)}."));
                    return null;
                }

                return enumType.Values.TryGetValue(name, out var known) ? known.Value : ParseEnumName(enumType, name, path.ToString(), errors);
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (CoercionException e)
                {
                    errors.Add(new(path.ToString(), e.Message));
                    return null;
                }
            default:
                throw new InvalidOperationException($"{type} is not an input type.");
        }
    }

    /// <summary>
    /// Coerces a literal, with variables already coerced (<paramref name="variables"/> null in constant contexts).
    /// A variable without a value counts as missing; <paramref name="isMissing"/> tells the caller so.
    /// </summary>
    public static object? CoerceInputLiteral(Value literal, GraphType type, IReadOnlyDictionary<string, object?>? variables, string path, List<InputError> errors, out bool isMissing)
    {
        isMissing = false;
        if (literal is Variable variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                isMissing = true;
                if (type is NonNullGraphType)
                {
                    errors.Add(new(path, $"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value."));
                }

                return null;
            }

            if (variableValue is null && type is NonNullGraphType)
            {
                errors.Add(new(path, $"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null."));
            }

            return variableValue;
        }

        if (type is NonNullGraphType nonNull)
        {
            if (literal is NullValue)
            {
                errors.Add(new(path, $"Expected value of non-null type \"{type}\" not to be null."));
                return null;
            }

            return CoerceInputLiteral(literal, nonNull.OfType, variables, path, errors, out _);
        }

        if (literal is NullValue)
        {
            return null;
        }

        switch (type)
        {
            case ListGraphType list:
                if (literal is ListValue listValue)
                {
                    var items = new object?[listValue.Values.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = CoerceInputLiteral(listValue.Values[i], list.OfType, variables, $"{path}[{i}]", errors, out _);
                    }

                    return items;
                }

                return new[] { CoerceInputLiteral(literal, list.OfType, variables, path, errors, out _) };
            case InputObjectType inputObject:
                return CoerceInputObjectLiteral(literal, inputObject, variables, path, errors);
            case EnumType enumType:
                if (literal is not EnumValue enumValue)
                {
                    errors.Add(new(path, $"Enum \"{enumType.Name}\" cannot represent non-enum value: {Printer.Print(literal)}."));
                    return null;
                }

                return ParseEnumName(enumType, enumValue.Value, path, errors);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseLiteral(literal), path, errors);
            default:
                throw new InvalidOperationException($"{type} is not an input type.");
        }
    }

    /// <summary>The coerced default value of an argument, input field or variable.</summary>
    public static object? CoerceDefaultValue(Value defaultValue, GraphType type, string path, List<InputError> errors) =>
        CoerceInputLiteral(defaultValue, type, null, path, errors, out _);

    private static bool IsList(object value) => value is IEnumerable and not string and not IReadOnlyDictionary<string, object?>;

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType type, InputPath path, List<InputError> errors)
    {
        if (value is not IReadOnlyDictionary<string, object?> input)
        {
            errors.Add(new(path.ToString(), $"Expected value of type \"{type.Name}\" to be an object, found: {JsInspect.Inspect(value)}."));
            return null;
        }

        var result = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        var known = 0;
        foreach (var field in type.Fields.Values)
        {
            if (input.TryGetValue(field.Name, out var fieldValue))
            {
                known++;
                result[field.Name] = CoerceInputValue(fieldValue, field.Type, path.Field(field.Name), errors);
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                // Defaults were checked when the schema was built, so an error here is rare: only then is the path
                // worth spelling out, by coercing again.
                var before = errors.Count;
                result[field.Name] = CoerceDefaultValue(defaultValue, field.Type, "", errors);
                if (errors.Count > before)
                {
                    errors.RemoveRange(before, errors.Count - before);
                    result[field.Name] = CoerceDefaultValue(defaultValue, field.Type, path.Field(field.Name).ToString(), errors);
                }
            }
            else if (field.Type is NonNullGraphType)
            {
                errors.Add(new(path.ToString(), $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {JsInspect.Inspect(value)}."));
            }
        }

        // Every given key must be a field: when all of them are, the count says so without a second look.
        if (known == input.Count && !type.IsOneOf)
        {
            return result;
        }

        var given = new List<string>();
        foreach (var key in input.Keys)
        {
            if (type.Fields.ContainsKey(key))
            {
                given.Add(key);
            }
            else
            {
                var suggestion = Validation.Suggestions.DidYouMean(Validation.Suggestions.For(key, type.Fields.Keys));
                var found = suggestion.Length == 0 ? ", found" : $".{suggestion} Found";
                errors.Add(new(path.ToString(), $"Expected value of type \"{type.Name}\" not to include unknown field \"{key}\"{found}: {JsInspect.Inspect(value)}."));
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                errors.Add(new(path.ToString(), OneOfMessage(type)));
            }
            else if (input[given[0]] is null)
            {
                errors.Add(new(path.Field(given[0]).ToString(), OneOfMessage(type)));
            }
        }

        return result;
    }

    private static Dictionary<string, object?>? CoerceInputObjectLiteral(Value literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, string path, List<InputError> errors)
    {
        if (literal is not ObjectValue objectValue)
        {
            errors.Add(new(path, $"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(literal)}."));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            var node = FindField(objectValue, field.Name);
            var fieldPath = $"{path}.{field.Name}";
            var isMissing = node is null;
            object? value = null;
            if (node is not null)
            {
                var errorCount = errors.Count;
                value = CoerceInputLiteral(node.Value, field.Type, variables, fieldPath, errors, out isMissing);
                if (isMissing && errors.Count > errorCount && field.DefaultValue is not null)
                {
                    errors.RemoveRange(errorCount, errors.Count - errorCount);
                }
            }

            if (!isMissing)
            {
                result[field.Name] = value;
            }
            else if (field.DefaultValue is { } defaultValue)
            {
                result[field.Name] = CoerceDefaultValue(defaultValue, field.Type, fieldPath, errors);
            }
            else if (field.Type is NonNullGraphType && node is null)
            {
                errors.Add(new(path, $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(literal)}."));
            }
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            errors.Add(new(path, OneOfMessage(type)));
        }

        return result;
    }

    private static ObjectField? FindField(ObjectValue value, string name)
    {
        foreach (var field in value.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    private static object? ParseEnumName(EnumType type, string name, string path, List<InputError> errors)
    {
        if (type.Values.TryGetValue(name, out var definition))
        {
            return definition.Value;
        }

        errors.Add(new(path, $"Value \"{name}\" does not exist in \"{type.Name}\" enum.{Validation.Suggestions.DidYouMean(Validation.Suggestions.For(name, type.Values.Keys))}"));
        return null;
    }

    private static object? Leaf(Func<object> parse, string path, List<InputError> errors)
    {
        try
        {
            return parse();
        }
        catch (CoercionException e)
        {
            errors.Add(new(path, e.Message));
            return null;
        }
    }

    private static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";
}

/// <summary>One input coercion problem: where (" at .a[0]" style, empty at the top) and what.</summary>
internal readonly record struct InputError(string Path, string Message)
{
    /// <summary>The path as graphql-js's printPathArray shows it: " at .a[0]", or "" at the top.</summary>
    public string PathText => Path.Length == 0 ? "" : " at " + Path;
}
