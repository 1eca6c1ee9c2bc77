using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Validation;

namespace Appraisal.GraphQL.Tests.Validation;

/// <summary>
/// Validates documents against <see cref="SpecTestSchema"/> with one rule (or a few) and checks the verdict:
/// <see cref="ExpectValid"/>, or <see cref="ExpectErrors(string, ExpectedError[])"/> with messages and locations.
/// </summary>
public abstract class RuleTestBase(params IValidationRule[] rules)
{
    protected IReadOnlyList<GraphQLError> Validate(string document, Schema? schema = null, ValidationOptions? options = null) =>
        DocumentValidator.Validate(schema ?? SpecTestSchema.Instance, Parser.Parse(document), rules, options);

    protected void ExpectValid(string document, Schema? schema = null) =>
        Assert.Empty(Validate(document, schema).Select(e => e.Message));

    protected void ExpectErrors(string document, params ExpectedError[] expected) =>
        ExpectErrors(document, null, expected);

    protected void ExpectErrors(string document, Schema? schema, params ExpectedError[] expected)
    {
        var errors = Validate(document, schema);
        var actual = errors.Select(e => new ExpectedError(e.Message, [.. e.Locations.Select(l => (l.Line, l.Column))]));
        Assert.Equal(string.Join("\n", expected.Select(e => e.ToString())), string.Join("\n", actual.Select(e => e.ToString())));
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    /// <summary>An error expected: its message and (line, column) locations.</summary>
    protected static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public sealed record ExpectedError(string Message, (int Line, int Column)[] Locations)
    {
        public override string ToString() => Message + " @ " + string.Join(" ", Locations.Select(l => $"{l.Line}:{l.Column}"));
    }
}
