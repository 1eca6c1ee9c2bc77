using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used: "Defined fragments must be used within a document."
/// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
/// </summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly List<OperationDefinition> _operations = [];
        private readonly List<FragmentDefinition> _fragments = [];

        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            _operations.Add(node);
            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node)
        {
            _fragments.Add(node);
            return VisitAction.SkipChildren;
        }

        protected override void LeaveDocument(Document node)
        {
            var used = context.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError(ValidationErrors.UnusedFragment(fragment));
                }
            }
        }
    }
}
