using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

// Walking selection sets and fragments pairwise: which groups of fields must be compared with which.
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class ConflictFinder(ValidationContext context)
    {
        private readonly PairSet _comparedFieldsAndFragments = new(ordered: true);
        private readonly PairSet _comparedFragments = new(ordered: false);
        private readonly Dictionary<object, Dictionary<SelectionSet, CollectedFields>> _collected = new(ReferenceEqualityComparer.Instance);
        private readonly object _noParentType = new();
        private int _remainingBudget = ComplexityBudget;

        public List<Conflict> FindConflictsWithin(NamedGraphType? parentType, SelectionSet selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = Collect(parentType, selectionSet);
            foreach (var (responseName, fields) in collected.Fields)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        AddIfConflict(conflicts, FindConflict(false, responseName, fields[i], fields[j]));
                    }
                }
            }

            if (collected.Spreads.Count != 0 && (collected.Fields.Count != 0 || collected.Spreads.Count > 1))
            {
                var spreads = ResolveSpreads(collected);
                for (var i = 0; i < spreads.Count; i++)
                {
                    CompareFieldsWithFragment(conflicts, false, collected, spreads[i]);
                    for (var j = i + 1; j < spreads.Count; j++)
                    {
                        CompareFragments(conflicts, false, spreads[i], spreads[j]);
                    }
                }
            }

            return conflicts;
        }

        private List<Conflict> FindConflictsBetweenSubSelections(
            bool mutuallyExclusive, NamedGraphType? parentType1, SelectionSet selectionSet1, NamedGraphType? parentType2, SelectionSet selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var collected1 = Collect(parentType1, selectionSet1);
            var spreads1 = ResolveSpreads(collected1);
            var collected2 = Collect(parentType2, selectionSet2);
            var spreads2 = ResolveSpreads(collected2);
            CompareCollected(conflicts, mutuallyExclusive, collected1, collected2);
            foreach (var spread2 in spreads2)
            {
                CompareFieldsWithFragment(conflicts, mutuallyExclusive, collected1, spread2);
            }

            foreach (var spread1 in spreads1)
            {
                CompareFieldsWithFragment(conflicts, mutuallyExclusive, collected2, spread1);
            }

            foreach (var spread1 in spreads1)
            {
                foreach (var spread2 in spreads2)
                {
                    CompareFragments(conflicts, mutuallyExclusive, spread1, spread2);
                }
            }

            return conflicts;
        }

        private void CompareFieldsWithFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected, SpreadTarget spread)
        {
            Spend(1);
            if (collected.Fields.Count == 0)
            {
                return;
            }

            var fragment = spread.Definition;
            if (_comparedFieldsAndFragments.Has(collected, fragment, mutuallyExclusive))
            {
                return;
            }

            _comparedFieldsAndFragments.Add(collected, fragment, mutuallyExclusive);
            if (fragment is null)
            {
                return;
            }

            var fragmentFields = CollectFragment(fragment);
            var referenced = ResolveSpreads(fragmentFields);
            if (ReferenceEquals(collected, fragmentFields))
            {
                return;
            }

            CompareCollected(conflicts, mutuallyExclusive, collected, fragmentFields);
            foreach (var next in referenced)
            {
                CompareFieldsWithFragment(conflicts, mutuallyExclusive, collected, next);
            }
        }

        private void CompareFragments(List<Conflict> conflicts, bool mutuallyExclusive, SpreadTarget spread1, SpreadTarget spread2)
        {
            var fragment1 = spread1.Definition;
            var fragment2 = spread2.Definition;
            Spend(2);
            if (ReferenceEquals(fragment1, fragment2) || _comparedFragments.Has(fragment1, fragment2, mutuallyExclusive))
            {
                return;
            }

            _comparedFragments.Add(fragment1, fragment2, mutuallyExclusive);
            if (fragment1 is null || fragment2 is null)
            {
                return;
            }

            var collected1 = CollectFragment(fragment1);
            var referenced1 = ResolveSpreads(collected1);
            var collected2 = CollectFragment(fragment2);
            var referenced2 = ResolveSpreads(collected2);
            CompareCollected(conflicts, mutuallyExclusive, collected1, collected2);
            foreach (var next2 in referenced2)
            {
                CompareFragments(conflicts, mutuallyExclusive, spread1, next2);
            }

            foreach (var next1 in referenced1)
            {
                CompareFragments(conflicts, mutuallyExclusive, next1, spread2);
            }
        }

        private void CompareCollected(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
            {
                return;
            }

            foreach (var (responseName, left, right) in Overlaps(collected1, collected2))
            {
                foreach (var field1 in left)
                {
                    foreach (var field2 in right)
                    {
                        AddIfConflict(conflicts, FindConflict(mutuallyExclusive, responseName, field1, field2));
                    }
                }
            }
        }

        private List<(string Name, List<FieldDetails> Left, List<FieldDetails> Right)> Overlaps(CollectedFields collected1, CollectedFields collected2)
        {
            if (!collected1.Overlaps.TryGetValue(collected2, out var overlaps))
            {
                overlaps = [];
                foreach (var (responseName, left) in collected1.Fields)
                {
                    Spend(1);
                    if (collected2.Fields.TryGetValue(responseName, out var right))
                    {
                        overlaps.Add((responseName, left, right));
                    }
                }

                collected1.Overlaps[collected2] = overlaps;
            }

            return overlaps;
        }

        private CollectedFields CollectFragment(FragmentDefinition fragment) =>
            Collect(context.Schema.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

        private CollectedFields Collect(NamedGraphType? parentType, SelectionSet selectionSet)
        {
            var key = (object?)parentType ?? _noParentType;
            if (!_collected.TryGetValue(key, out var bySelectionSet))
            {
                _collected[key] = bySelectionSet = new Dictionary<SelectionSet, CollectedFields>(ReferenceEqualityComparer.Instance);
            }

            if (!bySelectionSet.TryGetValue(selectionSet, out var collected))
            {
                collected = new CollectedFields();
                CollectInto(collected, parentType, selectionSet);
                bySelectionSet[selectionSet] = collected;
            }

            return collected;
        }

        private void CollectInto(CollectedFields collected, NamedGraphType? parentType, SelectionSet selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case Field field:
                        // Only declared fields: __typename and the other meta fields have no definition here, as in graphql-js.
                        var definition = (parentType as IFieldsContainer)?.Fields.GetValueOrDefault(field.Name.Value);
                        var responseName = (field.Alias ?? field.Name).Value;
                        if (!collected.Fields.TryGetValue(responseName, out var list))
                        {
                            collected.Fields[responseName] = list = [];
                        }

                        list.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpread spread:
                        collected.Spreads.Add(spread);
                        break;
                    case InlineFragment inline:
                        var type = inline.TypeCondition is { } condition ? context.Schema.FindType(condition.Name.Value) : parentType;
                        CollectInto(collected, type, inline.SelectionSet);
                        break;
                }
            }
        }

        private List<SpreadTarget> ResolveSpreads(CollectedFields collected)
        {
            if (collected.ResolvedSpreads is { } cached)
            {
                return cached;
            }

            var result = new List<SpreadTarget>();
            var byDefinition = new Dictionary<object, SpreadTarget>(ReferenceEqualityComparer.Instance);
            foreach (var spread in collected.Spreads)
            {
                Spend(1);
                var definition = context.GetFragment(spread.Name.Value);
                if (byDefinition.TryGetValue((object?)definition ?? _noParentType, out var previous))
                {
                    previous.Node = spread;
                }
                else
                {
                    var target = new SpreadTarget(spread, definition);
                    byDefinition[(object?)definition ?? _noParentType] = target;
                    result.Add(target);
                }
            }

            collected.ResolvedSpreads = result;
            return result;
        }

        private static void AddIfConflict(List<Conflict> conflicts, Conflict? conflict)
        {
            if (conflict is not null)
            {
                conflicts.Add(conflict);
            }
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                throw new ValidationAbortedException(ValidationErrors.ValidationAborted());
            }
        }
    }
}
