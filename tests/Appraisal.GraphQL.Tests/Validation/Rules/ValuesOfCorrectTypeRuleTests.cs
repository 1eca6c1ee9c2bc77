using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests() : RuleTestBase(new ValuesOfCorrectTypeRule())
{
    [Fact]
    public void CoercibleLiterals_AreValid() => ExpectValid("""
        { arguments {
          intArg(value: -3) floatArg(value: 4) idArg(value: 12) enumArg(value: TAN) stringListArg(value: "one")
          complexArg(value: { requiredField: true, nested: { requiredField: false } }) oneOfArg(value: { byName: "x" })
        } }
        """);

    [Fact]
    public void ScalarMismatches_UseTheScalarsMessage() => ExpectErrors("""
        { arguments { intArg(value: "3") i2: intArg(value: 3000000000) booleanArg(value: 1) } }
        """,
        Error("Int cannot represent non-integer value: \"3\"", (1, 29)),
        Error("Int cannot represent non 32-bit signed integer value: 3000000000", (1, 52)),
        Error("Boolean cannot represent a non boolean value: 1", (1, 82)));

    [Fact]
    public void EnumMismatches_AreRejectedWithSuggestions() => ExpectErrors("""
        { arguments { enumArg(value: brown) e2: enumArg(value: "TAN") } }
        """,
        Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 30)),
        Error("Enum \"FurColor\" cannot represent non-enum value: \"TAN\". Did you mean the enum value \"TAN\"?", (1, 56)));

    [Fact]
    public void InputObjectProblems_AreRejected() => ExpectErrors("""
        { arguments { complexArg(value: { intField: 1, requiredFeld: true }) nonNullIntArg(value: null) } }
        """,
        Error("Expected value of type \"ComplexInput\" to include required field \"requiredField\", found: { intField: 1, requiredFeld: true }.", (1, 33)),
        Error("Expected value of type \"ComplexInput\" not to include unknown field \"requiredFeld\". Did you mean \"requiredField\"? Found: { intField: 1, requiredFeld: true }.", (1, 48)),
        Error("Expected value of non-null type \"Int!\" not to be null.", (1, 91)));

    [Fact]
    public void OneOfWithTwoFieldsOrNull_IsRejected() => ExpectErrors("""
        { arguments { oneOfArg(value: { byName: "x", byId: 1 }) o2: oneOfArg(value: { byId: null }) } }
        """,
        Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (1, 31)),
        Error("Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.", (1, 77)));
}
