using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Tests.Language.Oracle;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private const string Query =
        """"
        # Loads a campaign dashboard.
        "Dashboard of one appraisal campaign, with its ballots."
        query CampaignDashboard($id: ID!, $first: Int = 20, $after: String, $withResults: Boolean = false, $filter: BallotFilter = {status: [OPEN, SUBMITTED], since: "2025-01-01"}) @cacheControl(maxAge: 30) {
          campaign(id: $id) {
            ...CampaignHeader
            ballots(first: $first, after: $after, filter: $filter, orderBy: {field: SUBMITTED_AT, direction: DESC}) {
              totalCount
              edges { cursor node { id status ... on SubmittedBallot { submittedAt receipt } } }
              pageInfo { hasNextPage endCursor }
            }
            results @include(if: $withResults) { ... on NumericResult { mean median histogram } ... on TextResult { answers(limit: 5) } }
          }
        }

        "Header fields shared by every campaign view."
        fragment CampaignHeader on Campaign @deprecated {
          id
          title
          state
          opensAt: window { start }
          closesAt: window { end }
        }

        mutation Submit($ballot: BallotInput!) { submitBallot(input: $ballot) { receipt { code issuedAt } errors { path message } } }
        """";

    // What graphql-js 17.1.0 print(parse(Query)) gives.
    private const string PrintedQuery =
        """"
        "Dashboard of one appraisal campaign, with its ballots."
        query CampaignDashboard($id: ID!, $first: Int = 20, $after: String, $withResults: Boolean = false, $filter: BallotFilter = { status: [OPEN, SUBMITTED], since: "2025-01-01" }) @cacheControl(maxAge: 30) {
          campaign(id: $id) {
            ...CampaignHeader
            ballots(
              first: $first
              after: $after
              filter: $filter
              orderBy: { field: SUBMITTED_AT, direction: DESC }
            ) {
              totalCount
              edges {
                cursor
                node {
                  id
                  status
                  ... on SubmittedBallot {
                    submittedAt
                    receipt
                  }
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
            results @include(if: $withResults) {
              ... on NumericResult {
                mean
                median
                histogram
              }
              ... on TextResult {
                answers(limit: 5)
              }
            }
          }
        }

        "Header fields shared by every campaign view."
        fragment CampaignHeader on Campaign @deprecated {
          id
          title
          state
          opensAt: window {
            start
          }
          closesAt: window {
            end
          }
        }

        mutation Submit($ballot: BallotInput!) {
          submitBallot(input: $ballot) {
            receipt {
              code
              issuedAt
            }
            errors {
              path
              message
            }
          }
        }
        """";

    private const string Schema =
        """"
        """
        The Appraisal API.
        """
        schema { query: Query mutation: Mutation }

        "An RFC 3339 date-time."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        """
        Marks an element that needs an administrator.
        """
        directive @admin(reason: String = "restricted") repeatable on FIELD_DEFINITION | OBJECT

        interface Node {
          "Globally unique identifier."
          id: ID!
        }

        """
        A campaign collects ballots during its window
        and publishes results once closed.
        """
        type Campaign implements Node @admin {
          id: ID!
          title: String!
          state: CampaignState!
          "Ballots cast so far."
          ballots(
            "How many to return."
            first: Int = 20
            after: String
            filter: BallotFilter = {status: [OPEN]}
          ): BallotConnection!
          results: [Result!] @deprecated(reason: "Use `report`.")
        }

        enum CampaignState {
          DRAFT
          "Accepting ballots."
          OPEN
          CLOSED
          PUBLISHED @deprecated
        }

        union Result = NumericResult | TextResult

        input BallotFilter @oneOf {
          status: [BallotStatus!]
          since: DateTime
        }

        type Query {
          campaign(id: ID!): Campaign
          node(id: ID!): Node
        }

        type Mutation {
          submitBallot(input: BallotInput!): SubmitPayload!
        }

        extend type Campaign {
          owner: String
        }
        """";

    // What graphql-js 17.1.0 print(parse(Schema)) gives.
    private const string PrintedSchema =
        """"
        """The Appraisal API."""
        schema {
          query: Query
          mutation: Mutation
        }

        "An RFC 3339 date-time."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        """Marks an element that needs an administrator."""
        directive @admin(reason: String = "restricted") repeatable on FIELD_DEFINITION | OBJECT

        interface Node {
          "Globally unique identifier."
          id: ID!
        }

        """
        A campaign collects ballots during its window
        and publishes results once closed.
        """
        type Campaign implements Node @admin {
          id: ID!
          title: String!
          state: CampaignState!
          "Ballots cast so far."
          ballots(
            "How many to return."
            first: Int = 20
            after: String
            filter: BallotFilter = { status: [OPEN] }
          ): BallotConnection!
          results: [Result!] @deprecated(reason: "Use `report`.")
        }

        enum CampaignState {
          DRAFT
          "Accepting ballots."
          OPEN
          CLOSED
          PUBLISHED @deprecated
        }

        union Result = NumericResult | TextResult

        input BallotFilter @oneOf {
          status: [BallotStatus!]
          since: DateTime
        }

        type Query {
          campaign(id: ID!): Campaign
          node(id: ID!): Node
        }

        type Mutation {
          submitBallot(input: BallotInput!): SubmitPayload!
        }

        extend type Campaign {
          owner: String
        }
        """";

    [Theory]
    [InlineData(Query, PrintedQuery)]
    [InlineData(Schema, PrintedSchema)]
    public void RealisticDocuments_PrintLikeGraphQLJs(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(source)));
    }

    [Theory]
    [InlineData(Query)]
    [InlineData(Schema)]
    public void RoundTrip_IsStable(string source)
    {
        var printed = Printer.Print(Parser.Parse(source));

        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($v: Int) { a }", "query ($v: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("\"d\" query { a }", "\"d\"\nquery {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    public void QueryKeyword_IsOmittedOnlyForPlainAnonymousQueries(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void BlockStrings_StayBlockStrings()
    {
        var printed = Printer.Print(Parser.Parse(""""
            type T {
              """
              Two
                lines
              """
              f(a: String = """x"""): String
            }
            """"));

        Assert.Equal("type T {\n  \"\"\"\n  Two\n    lines\n  \"\"\"\n  f(a: String = \"\"\"x\"\"\"): String\n}", printed);
    }

    [Theory]
    [InlineData("\"\"\"ends with \\\"\"\"\"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("\"\"\" leading space\"\"\"", "\"\"\" leading space\"\"\"")]
    [InlineData("\"\"\"\n  trailing quote\"\n\"\"\"", "\"\"\"\ntrailing quote\"\n\"\"\"")]
    public void BlockStringEdges_AreEscapedAndLaidOutLikeGraphQLJs(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.ParseValue(source)));
    }

    [Fact]
    public void Strings_EscapeControlCharactersQuotesAndBackslashes()
    {
        var value = Parser.ParseValue("\"\\\" \\\\ \\n \\t \\u0001 \\u007F \\u0085 é 😀\"");

        Assert.Equal("\"\\\" \\\\ \\n \\t \\u0001 \\u007F \\u0085 é 😀\"", Printer.Print(value));
    }

    [Fact]
    public void LongArguments_BreakOverLines()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ field(first: \"a long string value\", second: \"another long string\", third: 12345678) }"));

        Assert.Equal(
            "{\n  field(\n    first: \"a long string value\"\n    second: \"another long string\"\n    third: 12345678\n  )\n}",
            printed);
    }

    [Fact]
    public void DescribedVariables_GoOnTheirOwnLines()
    {
        var printed = Printer.Print(Parser.Parse("query Q(\"\"\"the\nid\"\"\" $id: ID, $b: Int) { a }"));

        Assert.Equal("query Q(\n\"\"\"\nthe\nid\n\"\"\"\n$id: ID\n$b: Int\n) {\n  a\n}", printed);
    }

    [Theory]
    [InlineData("{}", "{  }")]
    [InlineData("[]", "[]")]
    [InlineData("{a: [1, {b: null}], c: $v}", "{ a: [1, { b: null }], c: $v }")]
    public void Values_PrintOnOneLineWhenShort(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.ParseValue(source)));
    }

    [Fact]
    public void PartialTrees_Print()
    {
        var field = Assert.IsType<Field>(Assert.IsType<OperationDefinition>(
            Parser.Parse("{ a: b(c: [1]) @d { e } }").Definitions[0]).SelectionSet.Selections[0]);

        Assert.Equal("a: b(c: [1]) @d {\n  e\n}", Printer.Print(field));
        Assert.Equal("c: [1]", Printer.Print(field.Arguments[0]));
        Assert.Equal("@d", Printer.Print(field.Directives[0]));
        Assert.Equal("b", Printer.Print(field.Name));
        Assert.Equal("[Int!]!", Printer.Print(Parser.ParseType("[ Int ! ] !")));
    }

    [Fact]
    public void HandBuiltNodes_Print()
    {
        var location = default(Location);
        var name = new Name(location, "hello");
        var selectionSet = new SelectionSet(location, [new Field(location, null, name, [], [], null)]);
        var operation = new OperationDefinition(location, null, OperationType.Query, null, [], [], selectionSet);

        Assert.Equal("{\n  hello\n}", Printer.Print(new Document(location, [operation])));
        Assert.Equal("{}", Printer.Print(selectionSet with { Selections = [] }));
    }

    [Theory]
    [MemberData(nameof(GraphQLJsPrinted))]
    public void Print_MatchesGraphQLJs(string kind, string source, string printed)
    {
        var node = GraphQLJsCases.Parse(kind, source);

        Assert.Equal(printed, Printer.Print(node));
        Assert.Equal(printed, Printer.Print(GraphQLJsCases.Parse(kind, printed)));
    }

    public static TheoryData<string, string, string> GraphQLJsPrinted() => GraphQLJsCases.Printed();
}
