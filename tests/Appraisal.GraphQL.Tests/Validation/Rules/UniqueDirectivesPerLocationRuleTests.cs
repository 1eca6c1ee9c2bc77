using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests() : RuleTestBase(new UniqueDirectivesPerLocationRule())
{
    [Fact]
    public void RepeatableAndDistinctDirectives_AreValid() => ExpectValid("""
        { dog @tag(name: "a") @tag(name: "b") @skip(if: false) @include(if: true) { name @skip(if: false) } }
        """);

    [Fact]
    public void RepeatedNonRepeatableDirective_IsRejected() => ExpectErrors("""
        { dog @skip(if: true) @onField @skip(if: false) { name } }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 32)));
}
