using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Operation Name Uniqueness: "Each named operation definition must be unique within a document when referred to by its name."
/// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
/// </summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, Name> _seen = new(StringComparer.Ordinal);

        protected override VisitAction EnterOperationDefinition(OperationDefinition node)
        {
            if (node.Name is { } name && !_seen.TryAdd(name.Value, name))
            {
                context.ReportError(ValidationErrors.DuplicateOperationName(_seen[name.Value], name));
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinition node) => VisitAction.SkipChildren;
    }
}
