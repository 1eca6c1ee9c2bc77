using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Execution;

/// <summary>Implements CoerceArgumentValues() from the spec section "Coercing Field Arguments" (§6.4.1).</summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>
    /// The coerced arguments of a field or directive, in definition order; arguments neither given nor defaulted are
    /// absent. Returns null and a message (graphql-js wording) when an argument cannot be coerced. The
    /// <c>owner</c> names arguments in messages: <c>Query.user</c> gives <c>Query.user(id:)</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? CoerceArgumentValues(
        string owner,
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<Argument> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        out string? error)
    {
        error = null;
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        List<InputError>? problems = null;
        foreach (var definition in definitions)
        {
            var node = Find(arguments, definition.Name);
            var required = definition.Type is NonNullGraphType && definition.DefaultValue is null;
            var useDefault = node is null
                || (node.Value is Variable variable && !required && (variables is null || !variables.ContainsKey(variable.Name.Value)));
            if (node is null && required)
            {
                error = $"Argument \"{owner}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.";
                return null;
            }

            problems ??= [];
            string prefix;
            if (useDefault)
            {
                if (definition.DefaultValue is null)
                {
                    continue;
                }

                coerced[definition.Name] = InputCoercion.CoerceDefaultValue(definition.DefaultValue, definition.Type, "", problems);
                prefix = "has invalid default value";
            }
            else
            {
                coerced[definition.Name] = InputCoercion.CoerceInputLiteral(node!.Value, definition.Type, variables, "", problems, out _);
                prefix = "has invalid value";
            }

            if (problems.Count > 0)
            {
                error = $"Argument \"{owner}({definition.Name}:)\" {prefix}{problems[0].PathText}: {problems[0].Message}";
                return null;
            }
        }

        return coerced;
    }

    private static Argument? Find(IReadOnlyList<Argument> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }
}
