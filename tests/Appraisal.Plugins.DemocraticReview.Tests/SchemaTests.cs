using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Utilities;
using static Appraisal.Plugins.DemocraticReview.Tests.Fixture;

namespace Appraisal.Plugins.DemocraticReview.Tests;

/// <summary>The SDL and the CLR types bind into a schema with the host's engine, and every field reads its property.</summary>
public sealed class SchemaTests
{
    private const string Query = """
        {
          report {
            democraticReview {
              ballotCount minimumCellSize
              members {
                subjectId name graded flags ballotsWithNegativeSigns problemsSuppressed problems
                total { ...distribution }
                groups { ...distribution }
                dimensions { itemKey text textEn total { ...distribution } }
                negativeSigns { ...option }
              }
              committee { itemKey text textEn total { ...distribution } groups { ...distribution } }
              excellentCap { mode fraction base baseCount cap candidatePercent candidates candidateIds exceeded enforcedAtDecision }
              rules { key rule ruleEn value source }
            }
          }
        }

        fragment distribution on DemocraticReviewDistribution { groupKey groupName groupNameEn validBallots suppressed options { ...option } }
        fragment option on DemocraticReviewOptionShare { key label labelEn abstention count share }
        """;

    [Fact]
    public async Task The_typed_report_reads_through_graphql_exactly_as_the_plugin_built_it()
    {
        var extension = Type().SchemaExtension!;
        var ballots = Enumerable.Range(0, 4).Select(i => Ballot(Grade("a", i < 3 ? "excellent" : "qualified"),
            Signs("a", "passive-slack"), Problem("a", $"意见{i}"), Committee("committee-overall", "satisfied")));
        var details = Tally([Full("a", "张三"), Probationary("p", "赵六")], ballots).Details();
        var builder = new SchemaBuilder()
            .AddSdl("type Query { report: Report } type Report { ballotsCast: Int! }")
            .AddSdl(extension.Sdl)
            .AddResolver("Query", "report", _ => new object())
            .AddResolver("Report", "democraticReview", _ => details);
        foreach (var (name, type) in extension.ObjectTypes)
        {
            builder.BindObject(name, type);
        }

        var result = await new Executor(new ExecutionOptions { ExposeExceptionMessages = true })
            .ExecuteAsync(new ExecutionRequest(builder.Build(), Parser.Parse(Query), null, null, null, null, CancellationToken.None));

        var response = JsonNode.Parse(ResponseWriter.ToJson(result))!;
        Assert.Null(response["errors"]);
        var expected = JsonSerializer.SerializeToNode(details, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal(Normalise(expected), Normalise(response["data"]!["report"]!["democraticReview"]));
    }

    [Fact]
    public void The_sdl_declares_a_field_for_every_public_property_of_every_bound_type()
    {
        var extension = Type().SchemaExtension!;

        foreach (var (name, type) in extension.ObjectTypes)
        {
            var start = extension.Sdl.IndexOf($"type {name} {{", StringComparison.Ordinal);
            Assert.True(start >= 0, $"{name} is not declared");
            var body = extension.Sdl[start..extension.Sdl.IndexOf('}', start)];
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.Contains($"  {char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}: ", body, StringComparison.Ordinal);
            }
        }

        Assert.Contains("extend type Report {", extension.Sdl, StringComparison.Ordinal);
    }

    /// <summary>Fields in any order, numbers by value: the engine writes 60 for a Float that System.Text.Json writes as 60.00.</summary>
    private static string Normalise(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Normalise(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Normalise)) + "]",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>().ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => node.ToJsonString(),
    };
}
