using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spreads Must Not Form Cycles: "The graph of fragment spreads must not form any cycles including
/// spreading itself. Otherwise an operation could infinitely spread or infinitely execute on cycles in the underlying data."
/// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // A depth-first search from each fragment not yet visited; each cycle is reported once, at the spread closing it.
    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpread> _spreadPath = [];
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        protected override VisitAction EnterOperationDefinition(OperationDefinition node) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node)
        {
            DetectCycles(node);
            return VisitAction.SkipChildren;
        }

        private void DetectCycles(FragmentDefinition fragment)
        {
            var name = fragment.Name.Value;
            if (!_visited.Add(name))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } target)
                    {
                        DetectCycles(target);
                    }
                }
                else
                {
                    context.ReportError(ValidationErrors.FragmentCycle(spreadName, _spreadPath[cycleIndex..]));
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _pathIndexByName.Remove(name);
        }
    }
}
