using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests() : RuleTestBase(new UniqueArgumentNamesRule())
{
    [Fact]
    public void DistinctArguments_AreValid() => ExpectValid("""
        { arguments { multipleReqs(x: 1, y: 2) } dog @skip(if: false) { name } }
        """);

    [Fact]
    public void RepeatedArguments_AreRejected() => ExpectErrors("""
        { arguments { multipleReqs(x: 1, y: 2, x: 3) } dog @skip(if: true, if: false) { name } }
        """,
        Error("There can be only one argument named \"x\".", (1, 28), (1, 40)),
        Error("There can be only one argument named \"if\".", (1, 58), (1, 68)));
}
