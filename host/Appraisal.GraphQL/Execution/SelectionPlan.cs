namespace Appraisal.GraphQL.Execution;

/// <summary>
/// The collected fields of one or more selection sets for one object type (the result of CollectFields()), with
/// their definitions looked up: what ExecuteSelectionSet() walks. <see cref="Keys"/> is shared by every result
/// object built from this plan.
/// </summary>
internal sealed class SelectionPlan(string[] keys, FieldPlan[] fields, bool dependsOnVariables)
{
    /// <summary>Response keys in selection order.</summary>
    public string[] Keys { get; } = keys;

    /// <summary>The field to execute for each key.</summary>
    public FieldPlan[] Fields { get; } = fields;

    /// <summary>True when an <c>@skip</c>/<c>@include</c> with a variable decided what was collected: not cacheable.</summary>
    public bool DependsOnVariables { get; } = dependsOnVariables;
}
