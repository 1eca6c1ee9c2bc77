using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class ProvidedRequiredArgumentsRuleTests() : RuleTestBase(new ProvidedRequiredArgumentsRule())
{
    [Fact]
    public void RequiredArgumentsGiven_AndDefaultedOnesOmitted_AreValid() => ExpectValid("""
        { arguments { multipleReqs(x: 1, y: 2) multipleOpts optionalNonNullBooleanArg } dog @include(if: true) @cost(weight: 1) { name } }
        """);

    [Fact]
    public void MissingFieldArguments_AreRejected() => ExpectErrors("""
        { arguments { multipleReqs(y: 1) } dog { doesKnowCommand } }
        """,
        Error("Argument \"Arguments.multipleReqs(x:)\" of type \"Int!\" is required, but it was not provided.", (1, 15)),
        Error("Argument \"Dog.doesKnowCommand(dogCommand:)\" of type \"DogCommand!\" is required, but it was not provided.", (1, 42)));

    [Fact]
    public void MissingDirectiveArguments_AreRejected() => ExpectErrors("""
        { dog @skip @cost(note: "x") { name } }
        """,
        Error("Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
        Error("Argument \"@cost(weight:)\" of type \"Int!\" is required, but it was not provided.", (1, 13)));
}
