using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class MaxDepthRuleTests() : RuleTestBase(new MaxDepthRule(3))
{
    [Fact]
    public void SelectionsAtTheLimit_AreValid() => ExpectValid("""
        { dog { owner { name } ... on Dog { mother { name } } } }
        """);

    [Fact]
    public void SelectionBeyondTheLimitThroughAFragment_IsRejected() => ExpectErrors("""
        { dog { ...Deep } }
        fragment Deep on Dog { owner { relatives { name } } }
        """,
        Error("The selection is nested deeper than the maximum depth of 3.", (2, 44)));

    [Fact]
    public void CyclicFragments_DoNotLoop() => ExpectValid("""
        { dog { ...A } }
        fragment A on Dog { ...A }
        """);

    [Fact]
    public void DepthBelowOne_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => new MaxDepthRule(0));
}
