using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness: "Input objects must not contain more than one field of the same name,
/// otherwise an ambiguity would exist which includes an ignored portion of syntax."
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // Checked field by field as the walk reaches them, so nested objects report in document order.
    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Stack<Dictionary<string, Name>> _seen = new();

        protected override VisitAction EnterObjectValue(ObjectValue node)
        {
            _seen.Push(new Dictionary<string, Name>(StringComparer.Ordinal));
            return VisitAction.Continue;
        }

        protected override void LeaveObjectValue(ObjectValue node) => _seen.Pop();

        protected override VisitAction EnterObjectField(ObjectField node)
        {
            var seen = _seen.Peek();
            if (!seen.TryAdd(node.Name.Value, node.Name))
            {
                context.ReportError(ValidationErrors.DuplicateInputField(seen[node.Name.Value], node.Name));
            }

            return VisitAction.Continue;
        }
    }
}
