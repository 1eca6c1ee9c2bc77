using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests() : RuleTestBase(new KnownDirectivesRule())
{
    [Fact]
    public void DirectivesInTheirLocations_AreValid() => ExpectValid("""
        query Q($v: Int @onVariable) @onQuery { dog @onField { ...F @onFragment ... @onFragment { name } } }
        fragment F on Dog @onFragment { name @skip(if: true) }
        mutation M @onMutation { renameDog(name: "x") { name } }
        """);

    [Fact]
    public void UnknownDirective_IsRejected() => ExpectErrors("""
        { dog @unknown { name } }
        """,
        Error("Unknown directive \"@unknown\".", (1, 7)));

    [Fact]
    public void DirectivesInOtherLocations_AreRejected() => ExpectErrors("""
        query Q @onMutation { dog @onQuery { ...F @onField } }
        fragment F on Dog @skip(if: true) { name }
        """,
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 9)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (1, 27)),
        Error("Directive \"@onField\" may not be used on FRAGMENT_SPREAD.", (1, 43)),
        Error("Directive \"@skip\" may not be used on FRAGMENT_DEFINITION.", (2, 19)));
}
