using System.Text.Json;
using Appraisal.GraphQL;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Utilities;
using Appraisal.Plugins.Satisfaction.Reports;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>The SDL builds with the host's engine, binds to the Details records, and serves the tallied values.</summary>
public sealed class SchemaTests
{
    /// <summary>The part of the core schema the extension relies on.</summary>
    private const string CoreSdl = "type Query { report: Report } type Report { ballotsCast: Int! }";

    [Fact]
    public void Every_object_type_maps_to_a_public_record_of_the_plugin()
    {
        var extension = Survey.SchemaExtension!;

        Assert.Contains("extend type Report", extension.Sdl, StringComparison.Ordinal);
        Assert.All(extension.ObjectTypes, kv =>
        {
            Assert.Contains($"type {kv.Key} {{", extension.Sdl, StringComparison.Ordinal);
            Assert.True(kv.Value.IsPublic);
        });
        Assert.Equal(typeof(SatisfactionReport), extension.ObjectTypes["SatisfactionReport"]);
    }

    [Fact]
    public async Task The_report_field_serves_the_typed_results()
    {
        var ballots = Answers("attitude", "very-satisfied", "very-satisfied", "satisfied", "basically-satisfied", "dissatisfied", "unknown");
        ballots[4] = Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "窗口排队时间太长"));
        var details = Details(Tally(Template("government-service"), ballots));
        var builder = new SchemaBuilder().AddSdl(CoreSdl).AddSdl(Survey.SchemaExtension!.Sdl)
            .AddResolver("Query", "report", _ => new object())
            .AddResolver("Report", "ballotsCast", _ => details.BallotCount)
            .AddResolver("Report", "satisfaction", _ => details);
        foreach (var (name, clr) in Survey.SchemaExtension.ObjectTypes)
        {
            builder.BindObject(name, clr);
        }

        var result = await new GraphQLService().ExecuteAsync(builder.Build(), new GraphQLRequest("""
            { report { satisfaction {
                ballotCount
                items { itemKey valid satisfactionRate score suppressed distribution { optionKey count shareOfValid } }
                overall { score satisfactionRate itemsCombined weightTotal }
                mapping { optionKey value valueSource countsAsSatisfied isAbstain isComplaint }
                complaints { key itemKey subjectId optionLabel reason }
                comments { itemKey texts { text count } }
                rules { key value source }
            } } }
            """));

        using var json = JsonDocument.Parse(ResponseWriter.ToJson(result));
        Assert.False(json.RootElement.TryGetProperty("errors", out _), json.RootElement.ToString());
        var satisfaction = json.RootElement.GetProperty("data").GetProperty("report").GetProperty("satisfaction");
        var attitude = satisfaction.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemKey").GetString() == "attitude");
        Assert.Equal(5, attitude.GetProperty("valid").GetInt32());
        Assert.Equal(80d, attitude.GetProperty("satisfactionRate").GetDouble());
        Assert.Equal(74d, attitude.GetProperty("score").GetDouble());
        Assert.Equal(JsonValueKind.Null, attitude.GetProperty("distribution")[5].GetProperty("shareOfValid").ValueKind);
        Assert.Equal(74d, satisfaction.GetProperty("overall").GetProperty("score").GetDouble());
        var complaint = satisfaction.GetProperty("complaints")[0];
        Assert.Equal(details.Complaints[0].Key, complaint.GetProperty("key").GetString());
        Assert.Equal("窗口排队时间太长", complaint.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("subjectId").ValueKind);
        Assert.Equal(100d, satisfaction.GetProperty("mapping")[0].GetProperty("value").GetDouble());
    }
}
