using Appraisal.GraphQL.Validation;
using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests() : RuleTestBase(new FieldsOnCorrectTypeRule())
{
    [Fact]
    public void DefinedFieldsAndTypename_AreValid() => ExpectValid("""
        { dog { name __typename } catOrDog { __typename ... on Cat { meowVolume } } }
        """);

    [Fact]
    public void MisspeltField_SuggestsSimilarFields() => ExpectErrors("""
        { dog { nam barkVolum } }
        """,
        Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 9)),
        Error("Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 13)));

    [Fact]
    public void FieldOfSomePossibleTypes_SuggestsInlineFragments() => ExpectErrors("""
        { pet { barkVolume } catOrDog { name } }
        """,
        Error("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Canine\", \"Cat\", or \"Dog\"?", (1, 9)),
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 33)));

    [Fact]
    public void HiddenSuggestions_LeaveTheMessageBare()
    {
        var errors = Validate("{ dog { nam } }", options: new ValidationOptions { HideSuggestions = true });
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\".", Assert.Single(errors).Message);
    }
}
