using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests() : RuleTestBase(new SingleFieldSubscriptionsRule())
{
    [Fact]
    public void OneRootFieldThroughFragments_IsValid() => ExpectValid("""
        subscription S { ...Root }
        fragment Root on SubscriptionRoot { newDog { name } ... on SubscriptionRoot { newDog { nickname } } }
        """);

    [Fact]
    public void TwoRootFields_AreRejected() => ExpectErrors("""
        subscription S { newDog { name } newCat { name } }
        """,
        Error("Subscription \"S\" must select only one top level field.", (1, 34)));

    [Fact]
    public void IntrospectionRootField_IsRejected() => ExpectErrors("""
        subscription { __typename }
        """,
        Error("Anonymous Subscription must not select an introspection top level field.", (1, 16)));

    [Fact]
    public void SkipOnARootField_IsRejected() => ExpectErrors("""
        subscription S { newDog @skip(if: true) { name } }
        """,
        Error("Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.", (1, 25)));
}
