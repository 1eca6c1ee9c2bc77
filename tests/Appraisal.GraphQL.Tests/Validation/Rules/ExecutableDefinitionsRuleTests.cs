using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests() : RuleTestBase(new ExecutableDefinitionsRule())
{
    [Fact]
    public void OperationsAndFragments_AreExecutable() => ExpectValid("""
        query Q { dog { ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void TypeAndSchemaDefinitions_AreRejected() => ExpectErrors("""
        query Q { dog { name } }
        type Cow { name: String }
        extend schema @onQuery
        """,
        Error("The \"Cow\" definition is not executable.", (2, 1)),
        Error("The schema definition is not executable.", (3, 1)));
}
