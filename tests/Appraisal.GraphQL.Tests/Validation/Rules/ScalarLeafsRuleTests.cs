using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests() : RuleTestBase(new ScalarLeafsRule())
{
    [Fact]
    public void LeavesWithoutAndObjectsWithSelections_AreValid() => ExpectValid("""
        { dog { name furColor owner { name } } }
        """);

    [Fact]
    public void SelectionOnALeaf_IsRejected() => ExpectErrors("""
        { dog { barkVolume { sinceWhen } } }
        """,
        Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (1, 20)));

    [Fact]
    public void ObjectWithoutSelection_IsRejected() => ExpectErrors("""
        { human { pets } }
        """,
        Error("Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));
}
