using System.Text;
using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class MaxFieldsRuleTests() : RuleTestBase(new MaxFieldsRule(5))
{
    [Fact]
    public void FieldsUpToTheLimit_AreValid() => ExpectValid("""
        { dog { name owner { name } } __typename }
        """);

    [Fact]
    public void FragmentsCountEachTimeTheyAreSpread() => ExpectErrors("""
        { __typename dog { ...Names ...Names } }
        fragment Names on Dog { name nickname }
        """,
        Error("The operation selects 6 fields once its fragments are expanded, more than the maximum of 5.", (1, 1)));

    [Fact]
    public void AFanOutThroughNestedFragmentsIsCountedWithoutExpandingIt()
    {
        // 40 levels that each spread the next twice: 2^40 fields once expanded, counted in 40 steps.
        var document = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < 40; i++)
        {
            document.Append($"fragment F{i} on Dog {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        document.Append("fragment F40 on Dog { name }\n");

        var error = Assert.Single(Validate(document.ToString()), e => e.Message.Contains("maximum of 5", StringComparison.Ordinal));
        Assert.Contains("1099511627777 fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitBelowOne_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => new MaxFieldsRule(0));
}
