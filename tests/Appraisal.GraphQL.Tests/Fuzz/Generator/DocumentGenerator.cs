using System.Globalization;
using System.Text;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>A generated document and the variables it declares (name and type), for <see cref="VariablesGenerator"/>.</summary>
internal sealed record GeneratedDocument(string Text, IReadOnlyList<(string Name, GraphType? Type)> Variables, string? OperationName, bool Sloppy);

/// <summary>
/// Random documents over a schema: operations of every kind with variables and defaults, aliases, arguments
/// (literals or variables), nested lists and input objects, <c>@oneOf</c> inputs, fragments and inline fragments on
/// possible types, <c>@skip</c>/<c>@include</c> and custom directives, <c>__typename</c>. Most documents are valid, so
/// execution is reached; a "sloppy" one in three also gets unknown fields, arguments and directives, wrong values,
/// missing required arguments, unused variables, impossible type conditions and several operations. Deterministic for
/// a given <see cref="Random"/>.
/// </summary>
internal sealed class DocumentGenerator(Schema schema, Random random)
{
    private readonly Schema _schema = schema;
    private readonly Random _random = random;
    private readonly List<(string Name, GraphType? Type)> _variables = [];
    private readonly List<string> _fragmentTexts = [];
    private StringBuilder _text = new();
    private bool _sloppy;
    private int _aliases;

    /// <summary>Deepest selection the generator writes.</summary>
    public int MaxDepth { get; init; } = 6;

    public GeneratedDocument Next()
    {
        _text = new StringBuilder();
        _variables.Clear();
        _fragmentTexts.Clear();
        _aliases = 0;
        _sloppy = _random.Next(3) == 0;

        var operations = _sloppy && _random.Next(3) == 0 ? _random.Next(2, 4) : 1;
        string? chosen = null;
        var document = new StringBuilder();
        for (var i = 0; i < operations; i++)
        {
            var (keyword, root) = PickRoot();
            var name = operations > 1 || _random.Next(3) == 0 ? $"Op{i}" : null;
            chosen ??= name;
            if (_sloppy && _random.Next(3) == 0)
            {
                // Declared up front: maybe unused, maybe of a type that does not fit where it is used.
                for (var v = _random.Next(1, 4); v > 0; v--)
                {
                    _variables.Add(($"v{_variables.Count}", RandomInputType()));
                }
            }

            var firstVariable = i == 0 ? 0 : _variables.Count;
            _text = new StringBuilder();
            if (keyword == "subscription" && !_sloppy)
            {
                _text.Append("{ tick }"); // exactly one root field, no @skip/@include
            }
            else
            {
                SelectionSet(root, 0);
            }

            var body = _text.ToString();
            var variables = _variables.Skip(firstVariable).ToList();
            var shorthand = operations == 1 && keyword == "query" && variables.Count == 0 && _random.Next(3) == 0;
            if (!shorthand)
            {
                document.Append(keyword);
                if (name is not null)
                {
                    document.Append(' ').Append(name);
                }

                if (variables.Count > 0)
                {
                    document.Append('(');
                    foreach (var (variable, type) in variables)
                    {
                        _text = document;
                        _text.Append('$').Append(variable).Append(": ").Append(type?.ToString() ?? "Unknown");
                        if (type is not null && _random.Next(4) == 0)
                        {
                            _text.Append(" = ");
                            Value(type, 0, constant: true);
                        }

                        if (_random.Next(10) == 0)
                        {
                            _text.Append(" @tag(name: \"v\")");
                        }

                        _text.Append(' ');
                    }

                    document.Append(')');
                }

                if (_random.Next(10) == 0)
                {
                    document.Append(" @tag(name: \"op\")");
                }

                document.Append(' ');
            }

            document.Append(body).Append('\n');
        }

        foreach (var fragment in _fragmentTexts)
        {
            document.Append(fragment).Append('\n');
        }

        var operationName = operations > 1 ? (_random.Next(5) == 0 ? "Nope" : chosen) : (_random.Next(6) == 0 ? chosen : null);
        return new GeneratedDocument(document.ToString(), [.. _variables], operationName, _sloppy);
    }

    private (string Keyword, NamedGraphType Root) PickRoot()
    {
        var roll = _random.Next(12);
        if (roll == 0 && _schema.MutationType is { } mutation)
        {
            return ("mutation", mutation);
        }

        if (roll == 1 && _schema.SubscriptionType is { } subscription)
        {
            return ("subscription", subscription);
        }

        return ("query", _schema.QueryType);
    }

    private void SelectionSet(NamedGraphType type, int depth)
    {
        _text.Append('{');
        var count = _random.Next(1, depth == 0 ? 5 : 4);
        for (var i = 0; i < count; i++)
        {
            _text.Append(' ');
            Selection(type, depth);
        }

        _text.Append(" }");
    }

    private void Selection(NamedGraphType type, int depth)
    {
        var roll = _random.Next(20);
        if (roll == 0)
        {
            _text.Append("__typename");
            return;
        }

        if (roll == 1 && depth < MaxDepth)
        {
            Fragment(type, depth);
            return;
        }

        if ((roll == 2 || (roll < 6 && type.IsAbstractType)) && depth < MaxDepth)
        {
            var targets = type.IsAbstractType ? [.. _schema.GetPossibleTypes(type)] : new[] { type };
            var on = _sloppy && _random.Next(4) == 0 ? _schema.QueryType : targets[_random.Next(targets.Length)];
            _text.Append("...");
            var conditional = _random.Next(4) != 0 || on != type;
            if (conditional)
            {
                _text.Append(" on ").Append(on.Name);
            }

            Directives(field: false);
            _text.Append(' ');
            SelectionSet(conditional ? on : type, depth + 1);
            return;
        }

        if (roll == 3 && _sloppy)
        {
            _text.Append("unknownField").Append(_random.Next(3));
            return;
        }

        var fields = type switch
        {
            ObjectType o => o.Fields.Values.ToArray(),
            InterfaceType i => i.Fields.Values.ToArray(),
            _ => [],
        };
        if (fields.Length == 0)
        {
            _text.Append("__typename");
            return;
        }

        var field = fields[_random.Next(fields.Length)];
        var named = field.Type.NamedType;
        if (!named.IsLeafType && depth >= MaxDepth)
        {
            _text.Append("__typename");
            return;
        }

        // Unique aliases keep fields with arguments or selections from conflicting (FieldsInSetCanMerge).
        if (_random.Next(5) == 0 || (!_sloppy && (field.Arguments.Count > 0 || !named.IsLeafType)))
        {
            _text.Append(_sloppy ? Name() : "a" + _aliases++).Append(": ");
        }

        _text.Append(field.Name);
        Arguments(field.Arguments);
        Directives(field: true);
        if (!named.IsLeafType || (_sloppy && _random.Next(30) == 0))
        {
            _text.Append(' ');
            SelectionSet(named, depth + 1);
        }
    }

    /// <summary>A spread of a new fragment on <paramref name="type"/> (sometimes another type when sloppy); its definition goes last.</summary>
    private void Fragment(NamedGraphType type, int depth)
    {
        var name = "F" + _fragmentTexts.Count;
        var on = type;
        if (_sloppy && _random.Next(3) == 0)
        {
            var composite = _schema.Types.Values.Where(t => t.IsCompositeType && !t.Name.StartsWith("__", StringComparison.Ordinal)).ToArray();
            on = composite[_random.Next(composite.Length)];
        }

        _fragmentTexts.Add(""); // reserve the name
        var index = _fragmentTexts.Count - 1;
        _text.Append("...").Append(name);
        Directives(field: false);

        var outer = _text;
        _text = new StringBuilder("fragment ").Append(name).Append(" on ").Append(on.Name);
        if (_random.Next(10) == 0)
        {
            _text.Append(" @tag(name: \"f\")");
        }

        _text.Append(' ');
        SelectionSet(on, depth + 1);
        _fragmentTexts[index] = _text.ToString();
        _text = outer;
    }

    private void Arguments(IReadOnlyList<InputValueDefinition> arguments)
    {
        if (arguments.Count == 0 && !(_sloppy && _random.Next(20) == 0))
        {
            return;
        }

        var written = 0;
        foreach (var argument in arguments)
        {
            var required = argument.Type is NonNullGraphType && !argument.HasDefaultValue;
            if (!required && _random.Next(2) == 0)
            {
                continue;
            }

            if (required && _sloppy && _random.Next(20) == 0)
            {
                continue; // missing required argument
            }

            _text.Append(written++ == 0 ? "(" : ", ").Append(argument.Name).Append(": ");
            Value(argument.Type, 0, constant: false, hasDefault: argument.HasDefaultValue);
        }

        if (_sloppy && _random.Next(20) == 0)
        {
            _text.Append(written++ == 0 ? "(" : ", ").Append("bogus: 1");
        }

        if (written > 0)
        {
            _text.Append(')');
        }
    }

    private void Directives(bool field)
    {
        switch (_random.Next(12))
        {
            case 0:
                _text.Append(" @include(if: ");
                BooleanOrVariable();
                _text.Append(')');
                break;
            case 1:
                _text.Append(" @skip(if: ");
                BooleanOrVariable();
                _text.Append(')');
                break;
            case 2:
                _text.Append(" @tag(name: \"x\") @tag");
                break;
            case 3 when field || _sloppy:
                _text.Append(" @cost(weight: ").Append(_random.Next(-5, 100)).Append(')');
                break;
            case 4 when _sloppy:
                _text.Append(_random.Next(2) == 0 ? " @unknown" : " @deprecated");
                break;
        }
    }

    private void BooleanOrVariable()
    {
        if (_random.Next(2) == 0)
        {
            Variable(new NonNullGraphType(BuiltInScalars.Boolean));
        }
        else
        {
            _text.Append(_random.Next(2) == 0 ? "true" : "false");
        }
    }

    /// <summary>A variable for a location of <paramref name="type"/>: a new one of that type, or (sloppy) any declared one.</summary>
    private void Variable(GraphType type)
    {
        if (_sloppy && _variables.Count > 0 && _random.Next(2) == 0)
        {
            _text.Append('$').Append(_random.Next(15) == 0 ? "undeclared" : _variables[_random.Next(_variables.Count)].Name);
            return;
        }

        var name = $"v{_variables.Count}";
        _variables.Add((name, type));
        _text.Append('$').Append(name);
    }

    private void Value(GraphType type, int depth, bool constant, bool hasDefault = false, bool inOneOf = false)
    {
        if (!constant && !inOneOf && _random.Next(5) == 0)
        {
            // A nullable variable may stand where a non-null type has a default (spec "Allowed Variable Usage").
            Variable(hasDefault && type is NonNullGraphType nonNull && _random.Next(2) == 0 ? nonNull.OfType : type);
            return;
        }

        if (_sloppy && (_random.Next(25) == 0 || depth > 5))
        {
            WrongValue();
            return;
        }

        switch (type)
        {
            case NonNullGraphType nonNull:
                if (_sloppy && _random.Next(30) == 0)
                {
                    _text.Append("null");
                }
                else
                {
                    Value(nonNull.OfType, depth, constant, inOneOf: inOneOf);
                }

                break;
            case ListGraphType list:
                if (_random.Next(6) == 0)
                {
                    Value(list.OfType, depth + 1, constant); // a single item for a list
                    break;
                }

                _text.Append('[');
                var items = depth > 4 ? 0 : _random.Next(4);
                for (var i = 0; i < items; i++)
                {
                    _text.Append(i == 0 ? "" : ", ");
                    Value(list.OfType, depth + 1, constant);
                }

                _text.Append(']');
                break;
            case InputObjectType input:
                InputObject(input, depth, constant);
                break;
            case EnumType enumType:
                var values = enumType.Values.Keys.ToArray();
                _text.Append(_sloppy && _random.Next(15) == 0 ? "PURPLE" : values[_random.Next(values.Length)]);
                break;
            case ScalarType scalar:
                Scalar(scalar.Name);
                break;
            default:
                _text.Append("null");
                break;
        }
    }

    private void InputObject(InputObjectType input, int depth, bool constant)
    {
        var fields = input.Fields.Values.ToArray();
        _text.Append('{');
        if (input.IsOneOf && !_sloppy)
        {
            // Exactly one field, not null, not a variable.
            var one = fields[_random.Next(fields.Length)];
            _text.Append(' ').Append(one.Name).Append(": ");
            Value(one.Type is NonNullGraphType ? one.Type : new NonNullGraphType(one.Type), depth + 1, constant, inOneOf: true);
            _text.Append(" }");
            return;
        }

        var first = true;
        foreach (var field in fields)
        {
            var required = field.Type is NonNullGraphType && !field.HasDefaultValue;
            if (!required && (depth > 3 || _random.Next(input.IsOneOf ? 3 : 2) != 0))
            {
                continue;
            }

            _text.Append(first ? " " : ", ").Append(field.Name).Append(": ");
            Value(field.Type, depth + 1, constant, field.HasDefaultValue);
            first = false;
        }

        _text.Append(" }");
    }

    private void Scalar(string name)
    {
        switch (name)
        {
            case "Int":
                _text.Append(_sloppy && _random.Next(10) == 0 ? "2147483648" : _random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture));
                break;
            case "Float":
                _text.Append(_random.Next(3) switch
                {
                    0 => _random.Next(-100, 100).ToString(CultureInfo.InvariantCulture),
                    1 => "1.5e300",
                    _ => (_random.NextDouble() * 1e6 - 5e5).ToString("0.0###", CultureInfo.InvariantCulture),
                });
                break;
            case "Boolean":
                _text.Append(_random.Next(2) == 0 ? "true" : "false");
                break;
            case "ID":
                _text.Append(_random.Next(2) == 0 ? _random.Next(100).ToString(CultureInfo.InvariantCulture) : "\"id-" + _random.Next(100) + "\"");
                break;
            default:
                StringLiteral();
                break;
        }
    }

    private void StringLiteral()
    {
        switch (_random.Next(8))
        {
            case 0:
                _text.Append("\"\"\"block\n  \\\"\"\" string ").Append(_random.Next()).Append("\"\"\"");
                break;
            case 1:
                _text.Append("\"esc \\n \\t \\\" \\\\ \\u00e9 \\u{1F600} \\uD83D\\uDE00\"");
                break;
            case 2:
                _text.Append("\"民主评议 ✓ 😀\"");
                break;
            default:
                _text.Append('"').Append(Name()).Append('"');
                break;
        }
    }

    private void WrongValue()
    {
        string[] wrong = ["null", "1", "-0", "1.5e3", "\"s\"", "true", "RED", "[1, \"a\", null]", "{ a: 1 }", "{}", "[]", "9999999999999999999999", "1e400"];
        _text.Append(wrong[_random.Next(wrong.Length)]);
    }

    private GraphType? RandomInputType()
    {
        if (_random.Next(10) == 0)
        {
            return null; // an unknown type name
        }

        var inputs = _schema.Types.Values.Where(t => t.IsInputType && !t.Name.StartsWith("__", StringComparison.Ordinal)).ToArray();
        GraphType type = inputs[_random.Next(inputs.Length)];
        if (_random.Next(4) == 0)
        {
            type = new ListGraphType(_random.Next(2) == 0 ? new NonNullGraphType(type) : type);
        }

        if (_random.Next(3) == 0)
        {
            type = new NonNullGraphType(type);
        }

        return type;
    }

    private string Name()
    {
        const string first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        const string rest = first + "0123456789";
        var length = _random.Next(1, 9);
        var name = new char[length];
        name[0] = first[_random.Next(first.Length)];
        for (var i = 1; i < length; i++)
        {
            name[i] = rest[_random.Next(rest.Length)];
        }

        return new string(name);
    }
}
