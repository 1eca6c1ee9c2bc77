using Appraisal.GraphQL.Utilities;

namespace Appraisal.GraphQL.Tests.Types;

/// <summary>Exact output is compared with graphql-js in <c>Oracle/SchemaOracleTests</c>; here, a realistic schema
/// (expected text from graphql-js 17.1.0 <c>printSchema</c>) and the round trip print → build → print.</summary>
public sealed class SchemaPrinterTests
{
    [Fact]
    public void PrintsARealisticSchema()
    {
        var schema = new SchemaBuilder().AddSdl("""
            schema { query: Root }
            "Seconds to cache."
            directive @cache(maxAge: Int = 60) on FIELD_DEFINITION
            type Root {
              "A campaign."
              campaign(
                "Its id."
                id: ID!
              ): Campaign @cache
            }
            type Campaign { id: ID!, state: State @deprecated(reason: "Use `phase`.") }
            enum State { OPEN }
            """).Build();

        Assert.Equal(""""
            schema {
              query: Root
            }

            """Seconds to cache."""
            directive @cache(maxAge: Int = 60) on FIELD_DEFINITION

            type Root {
              """A campaign."""
              campaign(
                """Its id."""
                id: ID!
              ): Campaign
            }

            type Campaign {
              id: ID!
              state: State @deprecated(reason: "Use `phase`.")
            }

            enum State {
              OPEN
            }
            """", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void PrintedSchemaBuildsTheSameSchema()
    {
        var first = SchemaPrinter.Print(new SchemaBuilder().AddSdl("""
            "Root"
            type Query { a(x: In = {b: [1]}): U @deprecated }
            union U = O
            type O implements I { i: Int }
            interface I { i: Int }
            input In @oneOf { b: [Int] }
            scalar S @specifiedBy(url: "https://x")
            type Extra { s: S }
            """).Build());

        Assert.Equal(first, SchemaPrinter.Print(new SchemaBuilder().AddSdl(first).Build()));
    }
}
