using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// Implements ValidateRequest's document check: a document is valid for a schema when no rule reports an error.
/// https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Validates <paramref name="document"/> against <paramref name="schema"/> with <paramref name="rules"/>
    /// (default <see cref="SpecifiedRules.All"/>) in one walk; returns the errors in the order graphql-js reports
    /// them, each with <c>extensions.code = GRAPHQL_VALIDATION_FAILED</c>. Empty means valid.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        Document document,
        IReadOnlyList<IValidationRule>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default, typeInfo);
        try
        {
            var visitors = new ValidationVisitor[rules.Count];
            for (var i = 0; i < rules.Count; i++)
            {
                visitors[i] = rules[i].CreateVisitor(context);
            }

            new ValidationWalker(context, typeInfo, visitors).Visit(document);
            return context.Errors;
        }
        catch (ValidationAbortedException aborted)
        {
            return [.. context.Errors, aborted.Error];
        }
    }
}
