using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>Implements CoerceVariableValues() from the spec section "Coercing Variable Values" (§6.1.2).</summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

    /// <summary>
    /// The coerced values of an operation's variables; variables neither given nor defaulted are absent.
    /// On failure, <paramref name="errors"/> holds one request error per problem and the result is null.
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? CoerceVariableValues(
        OperationPlan plan, IReadOnlyDictionary<string, object?>? inputs, int maxErrors, out List<GraphQLError>? errors)
    {
        errors = null;
        if (plan.Variables.Length == 0)
        {
            return NoValues;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        var problems = new List<InputError>();
        foreach (var variable in plan.Variables)
        {
            var name = variable.Name;
            if (variable.Type is null)
            {
                Report(ref errors, variable.Definition, $"Variable \"${name}\" expected value of type \"{Printer.Print(variable.Definition.Type)}\" which cannot be used as an input type.");
                continue;
            }

            problems.Clear();
            string prefix;
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (variable.Definition.DefaultValue is { } defaultValue)
                {
                    coerced[name] = InputCoercion.CoerceDefaultValue(defaultValue, variable.Type, "", problems);
                    prefix = $"Variable \"${name}\" has invalid default value";
                }
                else if (variable.Type is NonNullGraphType)
                {
                    problems.Add(new("", $"Expected a value of non-null type \"{variable.Type}\" to be provided."));
                    prefix = $"Variable \"${name}\" has invalid value";
                }
                else
                {
                    continue;
                }
            }
            else
            {
                coerced[name] = InputCoercion.CoerceInputValue(value, variable.Type, InputPath.Root, problems);
                prefix = $"Variable \"${name}\" has invalid value";
            }

            foreach (var problem in problems)
            {
                if (errors is not null && errors.Count >= maxErrors)
                {
                    errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                    return null;
                }

                Report(ref errors, variable.Definition, $"{prefix}{problem.PathText}: {problem.Message}");
            }
        }

        return errors is null ? coerced : null;
    }

    private static void Report(ref List<GraphQLError>? errors, VariableDefinition node, string message) =>
        (errors ??= []).Add(new GraphQLError(message, [ErrorLocation.Of(node)]));
}
