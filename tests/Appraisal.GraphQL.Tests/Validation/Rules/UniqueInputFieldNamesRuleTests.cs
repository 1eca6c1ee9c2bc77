using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests() : RuleTestBase(new UniqueInputFieldNamesRule())
{
    [Fact]
    public void SameNameInDifferentObjects_IsValid() => ExpectValid("""
        { arguments { complexArg(value: { requiredField: true, nested: { requiredField: false } }) } }
        """);

    [Fact]
    public void RepeatedInputFields_AreRejectedInDocumentOrder() => ExpectErrors("""
        { arguments { complexArg(value: { nested: { intField: 1, intField: 2 }, nested: null }) } }
        """,
        Error("There can be only one input field named \"intField\".", (1, 45), (1, 58)),
        Error("There can be only one input field named \"nested\".", (1, 35), (1, 73)));
}
