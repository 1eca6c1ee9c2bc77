using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>Builds small schemas and runs documents against them, returning the response JSON.</summary>
internal static class ExecutionHarness
{
    public static readonly ExecutionOptions Development = new() { ExposeExceptionMessages = true };

    public static async Task<string> Run(
        Schema schema,
        string source,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null,
        string? operationName = null,
        CancellationToken cancellationToken = default)
    {
        var result = await Execute(schema, Parser.Parse(source), variables, root, options, operationName, cancellationToken);
        return ResponseWriter.ToJson(result);
    }

    public static Task<ExecutionResult> Execute(
        Schema schema,
        Document document,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        ExecutionOptions? options = null,
        string? operationName = null,
        CancellationToken cancellationToken = default) =>
        new Executor(options ?? Development).ExecuteAsync(
            new ExecutionRequest(schema, document, operationName, variables, root, null, cancellationToken));

    /// <summary>A schema whose query type has the given fields.</summary>
    public static Schema QuerySchema(params FieldDefinition[] fields) => new(new ObjectType("Query", () => fields));

    public static FieldDefinition Field(string name, GraphType type, Func<FieldContext, object?> resolve, params InputValueDefinition[] arguments) =>
        new(name, type, c => new ValueTask<object?>(resolve(c)), arguments);

    public static FieldDefinition AsyncField(string name, GraphType type, Func<FieldContext, Task<object?>> resolve) =>
        new(name, type, c => new ValueTask<object?>(resolve(c)));

    public static NonNullGraphType NonNull(GraphType type) => new(type);

    public static ListGraphType ListOf(GraphType type) => new(type);

    public static ScalarType StringType => BuiltInScalars.String;

    public static ScalarType IntType => BuiltInScalars.Int;
}
