using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;
using static Appraisal.GraphQL.Tests.Types.FieldResolution;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;

namespace Appraisal.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    private const string Core = """
        type Query { campaign(id: ID!): Campaign, campaigns: [Campaign!]! }
        type Campaign { id: ID!, title: String!, state: CampaignState!, openedAt: DateTime }
        enum CampaignState { DRAFT, OPEN, IN_REVIEW }
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        """;

    private const string Plugin = """
        extend type Query { reviews: [Review!]! }
        extend type Campaign { reviewCount: Int! }
        type Review { score: Float, comment: String }
        """;

    [Fact]
    public void ModulesMergeIntoOneSchema()
    {
        var schema = new SchemaBuilder().AddSdl(Core).AddSdl(Plugin).Build();

        Assert.Equal(["campaign", "campaigns", "reviews"], schema.QueryType.Fields.Keys);
        var campaign = (ObjectType)schema.Types["Campaign"];
        Assert.Equal(["id", "title", "state", "openedAt", "reviewCount"], campaign.Fields.Keys);
        Assert.True(schema.Types.ContainsKey("Review"));
    }

    [Fact]
    public async Task ResolversBoundByNameAreUsed()
    {
        var schema = new SchemaBuilder().AddSdl(Core)
            .AddResolver("Query", "campaign", context => new Campaign(context.Argument<string>("id"), "T", CampaignState.Open))
            .Build();

        var result = await ResolveAsync(schema, "Query", "campaign", null, new Dictionary<string, object?> { ["id"] = "7" });

        Assert.Equal("7", Assert.IsType<Campaign>(result).Id);
    }

    [Fact]
    public async Task AsyncResolversAreAwaited()
    {
        var schema = new SchemaBuilder().AddSdl(Core).AddSdl(Plugin)
            .AddResolver("Query", "campaigns", async context =>
            {
                await Task.Yield();
                return new[] { new Campaign("1", "A", CampaignState.Draft) };
            })
            .AddResolver("Query", "reviews", _ => ValueTask.FromResult(new List<string> { "r" }))
            .Build();

        Assert.Single(Assert.IsType<Campaign[]>(await ResolveAsync(schema, "Query", "campaigns", null)));
        Assert.Equal(["r"], Assert.IsType<List<string>>(await ResolveAsync(schema, "Query", "reviews", null)));
    }

    [Fact]
    public async Task BoundClassPropertiesResolveFieldsAndTellTheType()
    {
        var schema = new SchemaBuilder().AddSdl(Core).AddSdl(Plugin)
            .BindObject<Campaign>("Campaign")
            .AddResolver("Campaign", "reviewCount", _ => 3)
            .Build();
        var campaign = new Campaign("1", "Annual review", CampaignState.InReview);

        Assert.Equal("Annual review", await ResolveAsync(schema, "Campaign", "title", campaign));
        Assert.Equal(3, await ResolveAsync(schema, "Campaign", "reviewCount", campaign));
        Assert.True(((ObjectType)schema.Types["Campaign"]).IsTypeOf!(campaign));
    }

    [Fact]
    public async Task DefaultResolverReadsDictionariesPropertiesAndTasks()
    {
        var schema = new SchemaBuilder().AddSdl(Core).AddSdl(Plugin).Build();

        Assert.Equal("x", await ResolveAsync(schema, "Campaign", "title", new Dictionary<string, object?> { ["title"] = "x" }));
        Assert.Equal("y", await ResolveAsync(schema, "Campaign", "title", new { Title = "y" }));
        Assert.Equal(2.5, await ResolveAsync(schema, "Review", "score", new { Score = Task.FromResult(2.5) }));
        Assert.Null(await ResolveAsync(schema, "Review", "comment", new { Score = 1 }));
        Assert.Null(await ResolveAsync(schema, "Review", "comment", null));
    }

    [Fact]
    public void EnumValuesCanBeBoundToAClrEnum()
    {
        var schema = new SchemaBuilder().AddSdl(Core).BindEnum<CampaignState>("CampaignState").Build();
        var state = (EnumType)schema.Types["CampaignState"];

        Assert.Equal("IN_REVIEW", state.Serialize(CampaignState.InReview));
        Assert.Equal(CampaignState.Open, state.ParseName("OPEN"));
    }

    [Fact]
    public void EnumValuesDefaultToTheirNames()
    {
        var schema = new SchemaBuilder().AddSdl(Core).Build();

        Assert.Equal("DRAFT", ((EnumType)schema.Types["CampaignState"]).ParseName("DRAFT"));
    }

    [Fact]
    public void CustomScalarKeepsItsSdlUrlAndItsCSharpCoercion()
    {
        var schema = new SchemaBuilder().AddSdl(Core).AddScalar(new UpperScalar("DateTime")).Build();
        var scalar = (ScalarType)schema.Types["DateTime"];

        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", scalar.SpecifiedByUrl);
        Assert.Equal("ABC", scalar.Serialize("abc"));
    }

    [Fact]
    public void ScalarWithoutImplementationPassesValuesThrough()
    {
        var scalar = (ScalarType)new SchemaBuilder().AddSdl(Core).Build().Types["DateTime"];

        Assert.Equal("2025-01-01", scalar.Serialize("2025-01-01"));
        Assert.Equal(12, scalar.Serialize(12));
        Assert.Equal(true, scalar.ParseValue(true));
        var literal = Assert.IsType<Dictionary<string, object?>>(scalar.ParseLiteral(Parser.ParseConstValue("{a: [1, 2.5, \"s\", X]}")));
        var list = (object?[])literal["a"]!;
        Assert.Equal(1, list[0]);
        Assert.Equal(2.5, list[1]);
        Assert.Equal("s", list[2]);
        Assert.Equal("X", list[3]);
    }

    [Fact]
    public void TypesBuiltInCodeCanBeReferencedBySdl()
    {
        var point = new ObjectType("Point", () => [new FieldDefinition("x", BuiltInScalars.Int, _ => ValueTask.FromResult<object?>(1))]);
        var schema = new SchemaBuilder().AddType(point).AddSdl("type Query { origin: Point }").Build();

        Assert.Same(point, schema.QueryType.Fields["origin"].Type);
    }

    [Fact]
    public void TypeResolversAreAttachedToAbstractTypes()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { node: Node } interface Node { id: ID! } type User implements Node { id: ID! }")
            .AddTypeResolver("Node", _ => "User")
            .Build();

        Assert.Equal("User", ((InterfaceType)schema.Types["Node"]).ResolveType!(new object()));
    }

    [Fact]
    public void BindingsToUnknownTypesAndFieldsFailTheBuild()
    {
        var builder = new SchemaBuilder().AddSdl(Core)
            .AddResolver("Query", "missing", _ => 1)
            .AddResolver("Nope", "x", _ => 1)
            .BindObject<Campaign>("CampaignState")
            .BindEnum<CampaignState>("Campaign")
            .AddTypeResolver("Campaign", _ => null);

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(
            [
                "Resolver for \"Query.missing\": type \"Query\" has no field \"missing\".",
                "Resolver for \"Nope.x\": \"Nope\" is not an object type of the schema.",
                "A CLR class is bound to \"CampaignState\", which is not an object type of the schema.",
                "A CLR enum is bound to \"Campaign\", which is not an enum type of the schema.",
                "A type resolver is bound to \"Campaign\", which is not an interface or union type of the schema.",
            ],
            exception.Errors);
    }

    [Fact]
    public void EnumValueWithoutClrMemberFailsTheBuild()
    {
        var builder = new SchemaBuilder().AddSdl(Core).AddSdl("extend enum CampaignState { ARCHIVED }").BindEnum<CampaignState>("CampaignState");

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(["Enum value \"CampaignState.ARCHIVED\" has no member in the CLR enum CampaignState."], exception.Errors);
    }

    [Fact]
    public void AllErrorsAreReportedTogether()
    {
        var builder = new SchemaBuilder().AddSdl(Core).AddSdl("extend type Nothing { a: Int } type Query { b: Int }").AddSdl("type {");

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(3, exception.Errors.Count);
        Assert.StartsWith("The schema has 3 errors:\n", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Syntax Error", exception.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ExtendingATypeBuiltInCodeIsAnError()
    {
        var point = new ObjectType("Point", () => [new FieldDefinition("x", BuiltInScalars.Int)]);
        var builder = new SchemaBuilder().AddType(point).AddSdl("type Query { p: Point } extend type Point { y: Int }");

        var exception = Assert.Throws<SchemaException>(builder.Build);

        Assert.Equal(["Cannot extend type \"Point\" because it is defined in code, not in SDL."], exception.Errors);
    }

    [Fact]
    public void EachBuildHasItsOwnSchemaIdentity()
    {
        var builder = new SchemaBuilder().AddSdl(Core);

        Assert.NotEqual(builder.Build().Id, builder.Build().Id);
    }

    [Fact]
    public void CamelCaseFollowsGraphQLNaming()
    {
        Assert.Equal("campaignId", ClrBinder.CamelCase("CampaignId"));
        Assert.Equal("id", ClrBinder.CamelCase("ID"));
        Assert.Equal("urlPath", ClrBinder.CamelCase("URLPath"));
        Assert.Equal("title", ClrBinder.CamelCase("title"));
    }

    public enum CampaignState
    {
        Draft,
        Open,
        InReview,
    }

    public sealed record Campaign(string Id, string Title, CampaignState State);

    private sealed class UpperScalar(string name) : ScalarType(name)
    {
        public override object Serialize(object value) => ((string)value).ToUpperInvariant();

        public override object ParseValue(object value) => value;

        public override object ParseLiteral(Value literal) => ((StringValue)literal).Value;
    }
}
