using System.Collections.Concurrent;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the merged field nodes, the field definition, arguments
/// coerced once when they use no variables, and the sub-selection's plan per runtime object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly OperationPlan _operation;
    private readonly bool _argumentsUseVariables;
    private IReadOnlyDictionary<string, object?>? _constantArguments;
    private SubPlan? _firstSubPlan;
    private ConcurrentDictionary<ObjectType, SelectionPlan>? _otherSubPlans;

    public FieldPlan(OperationPlan operation, ObjectType parentType, string responseKey, Field[] nodes, FieldDefinition? definition)
    {
        _operation = operation;
        ParentType = parentType;
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        Locations = [.. nodes.Select(ErrorLocation.Of)];
        _argumentsUseVariables = nodes[0].Arguments.Any(a => UsesVariables(a.Value));
        Coordinate = $"{parentType.Name}.{nodes[0].Name.Value}";
    }

    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    /// <summary>Every field node merged under this response key, in document order.</summary>
    public Field[] Nodes { get; }

    /// <summary>The field definition; null for <c>__typename</c>, which the executor answers itself.</summary>
    public FieldDefinition? Definition { get; }

    public bool IsTypeName => Definition is null;

    /// <summary>Where the field nodes are, for errors.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary><c>Parent.field</c>, as messages name the field.</summary>
    public string Coordinate { get; }

    /// <summary>Implements CoerceArgumentValues() for this field; null and a message when an argument is invalid.</summary>
    public IReadOnlyDictionary<string, object?>? GetArguments(IReadOnlyDictionary<string, object?> variables, out string? error)
    {
        error = null;
        if (_constantArguments is { } cached)
        {
            return cached;
        }

        var arguments = ArgumentCoercion.CoerceArgumentValues(Coordinate, Definition!.Arguments, Nodes[0].Arguments, variables, out error);
        if (arguments is not null && !_argumentsUseVariables)
        {
            _constantArguments = arguments;
        }

        return arguments;
    }

    /// <summary>The collected sub-fields for a runtime object type (CollectSubfields()), cached when variables do not matter.</summary>
    public SelectionPlan GetSubPlan(ObjectType objectType, IReadOnlyDictionary<string, object?> variables)
    {
        if (_firstSubPlan is { } first && first.Type == objectType)
        {
            return first.Plan;
        }

        if (_otherSubPlans is not null && _otherSubPlans.TryGetValue(objectType, out var other))
        {
            return other;
        }

        var selectionSets = new SelectionSet[Nodes.Length];
        for (var i = 0; i < Nodes.Length; i++)
        {
            selectionSets[i] = Nodes[i].SelectionSet!;
        }

        var plan = FieldCollector.CollectFields(_operation, objectType, selectionSets, variables);
        if (!plan.DependsOnVariables)
        {
            if (_firstSubPlan is null)
            {
                _firstSubPlan = new SubPlan(objectType, plan);
            }
            else
            {
                Interlocked.CompareExchange(ref _otherSubPlans, new(), null);
                _otherSubPlans.TryAdd(objectType, plan);
            }
        }

        return plan;
    }

    private static bool UsesVariables(Value value) => value switch
    {
        Variable => true,
        ListValue list => list.Values.Any(UsesVariables),
        ObjectValue obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };

    private sealed record SubPlan(ObjectType Type, SelectionPlan Plan);
}
