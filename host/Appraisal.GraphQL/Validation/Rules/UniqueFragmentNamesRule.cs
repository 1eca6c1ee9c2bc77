using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness: "Fragment definitions are referenced in fragment spreads by name. To avoid
/// ambiguity, each fragment's name must be unique within a document."
/// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
/// </summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, Name> _seen = new(StringComparer.Ordinal);

        protected override VisitAction EnterOperationDefinition(OperationDefinition node) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node)
        {
            if (!_seen.TryAdd(node.Name.Value, node.Name))
            {
                context.ReportError(ValidationErrors.DuplicateFragmentName(_seen[node.Name.Value], node.Name));
            }

            return VisitAction.SkipChildren;
        }
    }
}
