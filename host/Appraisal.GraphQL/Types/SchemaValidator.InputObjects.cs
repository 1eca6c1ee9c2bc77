namespace Appraisal.GraphQL.Types;

public static partial class SchemaValidator
{
    /// <summary>Input objects: at least one field, input-typed fields, required ones not deprecated; OneOf fields
    /// nullable and without defaults. https://spec.graphql.org/September2025/#sec-Input-Objects.Type-Validation</summary>
    private static void ValidateInputFields(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (IsRequired(field) && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullGraphType)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }

    /// <summary>
    /// Every input object must accept some finite value (spec §3.10.1 "Input Object Circular References"): an
    /// ordinary input object needs finite values for all its non-null input-object fields, a OneOf input object
    /// needs one field that is not an input object or whose input object has a finite value. Starting from the
    /// input objects that trivially have one, marks the others that gain one, then reports each remaining cycle
    /// once, as graphql-js 17 does.
    /// </summary>
    private static void ValidateInputObjectsHaveFiniteValues(Schema schema, List<string> errors)
    {
        var states = new Dictionary<InputObjectType, FiniteValueState>(ReferenceEqualityComparer.Instance);
        foreach (var input in schema.Types.Values.OfType<InputObjectType>())
        {
            states[input] = new FiniteValueState(input);
        }

        var ready = new Stack<FiniteValueState>();
        foreach (var state in states.Values)
        {
            foreach (var field in state.Input.Fields.Values)
            {
                if (FiniteValueTarget(state.Input, field.Type) is { } target)
                {
                    state.Targets.Add((field, target));
                    if (states.TryGetValue(target, out var targetState))
                    {
                        targetState.Dependents.Add(state);
                    }
                }
            }

            state.Unresolved = state.Targets.Count;
            var finite = state.Input.IsOneOf
                ? state.Input.Fields.Count == 0 || state.Targets.Count < state.Input.Fields.Count
                : state.Targets.Count == 0;
            if (finite)
            {
                state.MarkFinite(ready);
            }
        }

        while (ready.TryPop(out var state))
        {
            foreach (var dependent in state.Dependents)
            {
                if (!dependent.HasFiniteValue && (dependent.Input.IsOneOf || --dependent.Unresolved == 0))
                {
                    dependent.MarkFinite(ready);
                }
            }
        }

        new CycleReporter(states, errors).ReportAll();
    }

    /// <summary>The input object a field's value cannot do without: a non-null one, or for OneOf any one.</summary>
    private static InputObjectType? FiniteValueTarget(InputObjectType input, GraphType fieldType) =>
        input.IsOneOf
            ? fieldType as InputObjectType
            : (fieldType as NonNullGraphType)?.OfType as InputObjectType;

    private sealed class FiniteValueState(InputObjectType input)
    {
        public InputObjectType Input { get; } = input;

        public List<(InputValueDefinition Field, InputObjectType Target)> Targets { get; } = [];

        public List<FiniteValueState> Dependents { get; } = [];

        public int Unresolved { get; set; }

        public bool HasFiniteValue { get; private set; }

        public void MarkFinite(Stack<FiniteValueState> ready)
        {
            if (!HasFiniteValue)
            {
                HasFiniteValue = true;
                ready.Push(this);
            }
        }
    }

    /// <summary>Walks the input objects without a finite value and reports each cycle by its field path.</summary>
    private sealed class CycleReporter(Dictionary<InputObjectType, FiniteValueState> states, List<string> errors)
    {
        private readonly HashSet<InputObjectType> _visited = new(ReferenceEqualityComparer.Instance);
        private readonly List<string> _path = [];
        private readonly Dictionary<InputObjectType, int> _pathIndex = new(ReferenceEqualityComparer.Instance);

        public void ReportAll()
        {
            foreach (var state in states.Values)
            {
                if (!state.HasFiniteValue)
                {
                    Visit(state);
                }
            }
        }

        private void Visit(FiniteValueState state)
        {
            if (!_visited.Add(state.Input))
            {
                return;
            }

            _pathIndex[state.Input] = _path.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }

                _path.Add($"{state.Input.Name}.{field.Name}");
                if (_pathIndex.TryGetValue(target, out var cycleStart))
                {
                    var cycle = string.Join(", ", _path.Skip(cycleStart));
                    errors.Add($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {cycle}.");
                }
                else
                {
                    Visit(targetState);
                }

                _path.RemoveAt(_path.Count - 1);
            }

            _pathIndex.Remove(state.Input);
        }
    }
}
