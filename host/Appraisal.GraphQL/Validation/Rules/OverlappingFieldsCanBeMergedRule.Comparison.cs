using System.Text;
using System.Text.Json;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

// Comparing two fields with one response name: SameResponseShape and FieldsInSetCanMerge of the spec.
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class ConflictFinder
    {
        private readonly Dictionary<Value, string> _valueKeys = new(ReferenceEqualityComparer.Instance);

        private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            // Fields on two different object types can never both apply, so only their shapes must agree.
            var mutuallyExclusive = parentsMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
            Spend(2);
            var node1 = field1.Node;
            var node2 = field2.Node;
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && SameType(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!mutuallyExclusive)
            {
                if (node1.Name.Value != node2.Name.Value)
                {
                    return new(responseName, $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields", [node1], [node2]);
                }

                if (!SameArguments(node1.Arguments, node2.Arguments))
                {
                    return new(responseName, "they have differing arguments", [node1], [node2]);
                }
            }

            if (field1.Stream is not null || field2.Stream is not null)
            {
                var reason = "they have overlapping stream directives";
                if (field1.Stream is { } stream1 && field2.Stream is { } stream2 && SameArguments(stream1.Arguments, stream2.Arguments))
                {
                    reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                }

                return new(responseName, reason, [node1], [node2]);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelections(
                    mutuallyExclusive, type1?.NamedType, selectionSet1, type2?.NamedType, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, Field node1, Field node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? "" : " and ")
                    .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new(responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
        }

        // The field itself, then the nested conflicting fields, at most MaxConflictNodes in all.
        private static List<Field> ConflictNodes(Field node, List<Conflict> conflicts, Func<Conflict, List<Field>> side)
        {
            var nodes = new List<Field> { node };
            foreach (var conflict in conflicts)
            {
                var fields = side(conflict);
                var remaining = MaxConflictNodes - nodes.Count;
                nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private bool SameArguments(IReadOnlyList<Argument> arguments1, IReadOnlyList<Argument> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1)
            {
                Spend(1);
                var argument2 = arguments2.LastOrDefault(a => a.Name.Value == argument1.Name.Value);
                if (argument2 is null || KeyOf(argument1.Value) != KeyOf(argument2.Value))
                {
                    return false;
                }
            }

            return true;
        }

        private bool DoTypesConflict(GraphType type1, GraphType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            return (type1, type2) switch
            {
                (ListGraphType list1, ListGraphType list2) => DoTypesConflict(list1.OfType, list2.OfType),
                (ListGraphType, _) or (_, ListGraphType) => true,
                (NonNullGraphType nonNull1, NonNullGraphType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
                (NonNullGraphType, _) or (_, NonNullGraphType) => true,
                _ => (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2),
            };
        }

        private static bool SameType(GraphType? type1, GraphType? type2) =>
            type1 is null || type2 is null ? type1 is null && type2 is null : TypeReferences.AreEqual(type1, type2);

        /// <summary>A canonical text for a value: equal texts mean the same value (object fields in name order).</summary>
        private string KeyOf(Value value)
        {
            if (!_valueKeys.TryGetValue(value, out var key))
            {
                key = value switch
                {
                    Variable variable => "$" + variable.Name.Value,
                    IntValue i => "i" + i.Value,
                    FloatValue f => "f" + f.Value,
                    StringValue s => (s.Block ? "B" : "S") + JsonSerializer.Serialize(s.Value),
                    BooleanValue b => b.Value ? "true" : "false",
                    NullValue => "null",
                    EnumValue e => "e" + e.Value,
                    ListValue list => "[" + string.Join(",", list.Values.Select(KeyOf)) + "]",
                    ObjectValue obj => "{" + string.Join(",", obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal)
                        .Select(f => f.Name.Value + ":" + KeyOf(f.Value))) + "}",
                    _ => value.ToString(),
                };
                _valueKeys[value] = key;
            }

            return key;
        }
    }
}
