using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Implements CollectFields() from the spec section "Field Collection" (§6.3.2): the fields of selection sets for
/// an object type, through fragments whose type condition applies, minus those <c>@skip</c>ped or not
/// <c>@include</c>d, merged by response key in first-seen order. Fields the type does not define are left out,
/// as graphql-js does.
/// </summary>
internal sealed class FieldCollector
{
    private readonly OperationPlan _operation;
    private readonly ObjectType _objectType;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly Dictionary<string, List<Field>> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
    private bool _dependsOnVariables;

    private FieldCollector(OperationPlan operation, ObjectType objectType, IReadOnlyDictionary<string, object?> variables)
    {
        _operation = operation;
        _objectType = objectType;
        _variables = variables;
    }

    public static SelectionPlan CollectFields(
        OperationPlan operation, ObjectType objectType, IReadOnlyList<SelectionSet> selectionSets, IReadOnlyDictionary<string, object?> variables)
    {
        var collector = new FieldCollector(operation, objectType, variables);
        foreach (var selectionSet in selectionSets)
        {
            collector.Collect(selectionSet);
        }

        return collector.ToPlan();
    }

    private void Collect(SelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case Field field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (!_fields.TryGetValue(key, out var list))
                    {
                        _fields[key] = list = [];
                        _order.Add(key);
                    }

                    list.Add(field);
                    break;
                case FragmentSpread spread:
                    if (_visitedFragments.Add(spread.Name.Value)
                        && _operation.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && DoesFragmentTypeApply(fragment.TypeCondition))
                    {
                        Collect(fragment.SelectionSet);
                    }

                    break;
                case InlineFragment inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(inline.TypeCondition))
                    {
                        Collect(inline.SelectionSet);
                    }

                    break;
            }
        }
    }

    /// <summary>Implements DoesFragmentTypeApply() (§6.3.2).</summary>
    private bool DoesFragmentTypeApply(NamedType typeCondition) =>
        _operation.Schema.FindType(typeCondition.Name.Value) switch
        {
            ObjectType objectType => objectType == _objectType,
            NamedGraphType { IsAbstractType: true } abstractType => _operation.Schema.IsSubType(abstractType, _objectType),
            _ => false,
        };

    /// <summary><c>@skip(if: true)</c> excludes a selection; <c>@include(if: false)</c> too.</summary>
    private bool ShouldInclude(IReadOnlyList<Directive> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include") || directive.Arguments.Count == 0)
            {
                continue;
            }

            var condition = directive.Arguments[0].Value;
            bool value;
            if (condition is Variable variable)
            {
                _dependsOnVariables = true;
                value = _variables.TryGetValue(variable.Name.Value, out var v) && v is true;
            }
            else
            {
                value = condition is BooleanValue { Value: true };
            }

            if ((name == "skip" && value) || (name == "include" && !value))
            {
                return false;
            }
        }

        return true;
    }

    private SelectionPlan ToPlan()
    {
        var keys = new List<string>(_order.Count);
        var fields = new List<FieldPlan>(_order.Count);
        foreach (var key in _order)
        {
            var nodes = _fields[key];
            var name = nodes[0].Name.Value;
            FieldDefinition? definition = null;
            if (name != MetaFields.TypeName
                && !_objectType.Fields.TryGetValue(name, out definition)
                && (definition = MetaFields.Find(_operation.Schema, _objectType, name)) is null)
            {
                continue;
            }

            keys.Add(key);
            fields.Add(new FieldPlan(_operation, _objectType, key, [.. nodes], definition));
        }

        return new SelectionPlan([.. keys], [.. fields], _dependsOnVariables);
    }
}
