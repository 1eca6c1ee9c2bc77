using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests() : RuleTestBase(new KnownArgumentNamesRule())
{
    [Fact]
    public void DefinedArguments_AreValid() => ExpectValid("""
        { dog @skip(if: false) { doesKnowCommand(dogCommand: SIT) name(surname: true) } unknownField(whatever: 1) }
        """);

    [Fact]
    public void UnknownFieldArgument_IsRejectedWithSuggestions() => ExpectErrors("""
        { dog { doesKnowCommand(dogcommand: SIT) isHouseTrained(nope: true) } }
        """,
        Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)),
        Error("Unknown argument \"nope\" on field \"Dog.isHouseTrained\".", (1, 57)));

    [Fact]
    public void UnknownDirectiveArgument_IsRejected() => ExpectErrors("""
        { dog @skip(iff: true) { name } }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)));
}
