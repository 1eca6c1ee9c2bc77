using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests() : RuleTestBase(new OverlappingFieldsCanBeMergedRule())
{
    [Fact]
    public void IdenticalFieldsAndDisjointObjectTypes_AreValid() => ExpectValid("""
        { dog { name name otherName: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) ...F }
          pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void AliasOfTwoDifferentFields_IsRejected() => ExpectErrors("""
        { dog { name: nickname name } }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 24)));

    [Fact]
    public void DifferentArguments_AreRejected() => ExpectErrors("""
        { dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 42)));

    [Fact]
    public void ConflictingReturnTypesOnDisjointTypes_AreRejected() => ExpectErrors("""
        { box { ... on TextBox { value } ... on NumberBox { value } } }
        """,
        Error("Fields \"value\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (1, 26), (1, 53)));

    [Fact]
    public void ConflictsThroughFragments_NameTheSubfields() => ExpectErrors("""
        { dog { ...A ...B } }
        fragment A on Dog { owner { name } }
        fragment B on Dog { owner { name: iq } }
        """,
        Error("Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (2, 29), (3, 21), (3, 29)));
}
