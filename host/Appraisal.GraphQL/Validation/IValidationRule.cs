namespace Appraisal.GraphQL.Validation;

/// <summary>
/// One validation rule: for each validation it creates a fresh visitor that sees the document with the
/// <see cref="ValidationContext"/> (types, fragments, variable usages) and reports errors to it.
/// https://spec.graphql.org/September2025/#sec-Validation
/// </summary>
public interface IValidationRule
{
    /// <summary>A visitor for one validation; it may keep state, as it is never reused.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
