using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// What can be computed once for an operation of a document, whatever the variables: its root type, fragments,
/// variable types, and the collected fields of every selection set that does not depend on variables
/// (see <see cref="SelectionPlan"/>). Built on first use and cached in <see cref="ExecutionCache"/>.
/// </summary>
internal sealed class OperationPlan
{
    private SelectionPlan? _rootSelection;

    public OperationPlan(Schema schema, Document document, OperationDefinition operation)
    {
        Schema = schema;
        Operation = operation;
        RootType = schema.GetRootType(operation.Operation);
        var fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinition fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        Variables = [.. operation.VariableDefinitions.Select(v => new VariablePlan(v.Variable.Name.Value, TypeFromAst(schema, v.Type), v))];
    }

    public Schema Schema { get; }

    public OperationDefinition Operation { get; }

    /// <summary>The root type for the operation's kind, or null when the schema has none.</summary>
    public ObjectType? RootType { get; }

    public IReadOnlyDictionary<string, FragmentDefinition> Fragments { get; }

    public VariablePlan[] Variables { get; }

    /// <summary>The root selection set's collected fields for these variables (cached when they do not matter).</summary>
    public SelectionPlan GetRootSelection(IReadOnlyDictionary<string, object?> variables)
    {
        if (_rootSelection is { } cached)
        {
            return cached;
        }

        var plan = FieldCollector.CollectFields(this, RootType!, [Operation.SelectionSet], variables);
        if (!plan.DependsOnVariables)
        {
            _rootSelection = plan;
        }

        return plan;
    }

    /// <summary>The input type a variable definition names, or null when it names no input type.</summary>
    private static GraphType? TypeFromAst(Schema schema, TypeReference reference) => reference switch
    {
        NonNullType nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullGraphType ? new NonNullGraphType(inner) : null,
        ListType list => TypeFromAst(schema, list.Type) is { } item ? new ListGraphType(item) : null,
        NamedType named => schema.FindType(named.Name.Value) is { IsInputType: true } type ? type : null,
        _ => null,
    };
}

/// <summary>A variable definition with its type resolved against the schema (null when not an input type).</summary>
internal sealed record VariablePlan(string Name, GraphType? Type, VariableDefinition Definition);
