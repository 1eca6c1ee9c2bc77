using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class KnownOperationTypesRuleTests() : RuleTestBase(new KnownOperationTypesRule())
{
    private static readonly Schema QueryOnly = new(new ObjectType("Query", () => [new FieldDefinition("a", BuiltInScalars.String)]));

    [Fact]
    public void AllThreeRoots_AreKnownInTheSpecSchema() => ExpectValid("""
        query Q { dog { name } }
        mutation M { renameDog(name: "Rex") { name } }
        subscription S { newDog { name } }
        """);

    [Fact]
    public void OperationsWithoutARootType_AreRejected() => ExpectErrors("""
        mutation M { a }
        subscription { a }
        """, QueryOnly,
        Error("The mutation operation is not supported by the schema.", (1, 1)),
        Error("The subscription operation is not supported by the schema.", (2, 1)));
}
