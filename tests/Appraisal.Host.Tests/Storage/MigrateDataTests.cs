using System.Text.Json.Nodes;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Appraisal.Tests.Postgres;

namespace Appraisal.Host.Tests.Storage;

/// <summary>
/// <c>migrate-data</c>: the demo's campaigns of every bundled type (open, closed, published; codes spent, unused and
/// voided) copied from SQLite into PostgreSQL answer every read the same way, and <c>verify</c> agrees on both sides.
/// </summary>
public sealed class MigrateDataTests
{
    // Everything an organiser or the public reads about a campaign's box and result.
    private const string Everything =
        """
        { campaigns { id typeKey status
            turnout { groupKey issued returned voided viaPublicLink }
            report { ballotsCast sheetsCounted minimumCellSize error tables { key columns { zhCn en } rows { text number suppressed } } } } }
        """;

    private const string Box =
        """
        query($id: ID!) { ballotBox(campaignId: $id) {
          campaignId ballotsCast chainHead boxDigest receiptDigests withheldSheets
          sheets { id groupKey digest answers { itemKey subjectId optionKeys text } } } }
        """;

    [Fact]
    public async Task A_migrated_database_answers_turnout_report_and_ballot_box_as_the_SQLite_one_did()
    {
        using var data = new TempDirectory();
        var before = await AnswersAsync(data.Path, [.. CampaignHost.Arguments, "--Appraisal:Demo=true"], voidOne: true);
        Assert.Contains("\"voided\":1", before.ToJsonString(), StringComparison.Ordinal);

        var target = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (exitCode, output) = await HostCommand.RunAsync("migrate-data", "--from", data.Path, "--to", target);
        Assert.True(exitCode == 0, output);
        Assert.Contains("verify SQLite: OK, 3 ballot boxes", output, StringComparison.Ordinal);
        Assert.Contains("verify PostgreSQL: OK, 3 ballot boxes", output, StringComparison.Ordinal);
        Assert.Matches(@"ballots\s+[\d,]+ / [\d,]+ rows", output);

        using var unused = new TempDirectory();
        var after = await AnswersAsync(unused.Path, [.. CampaignHost.Arguments, .. Postgres(target)], voidOne: false);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());

        var (verified, report) = await HostCommand.RunAsync(["verify", .. Postgres(target)]);
        Assert.True(verified == 0, report);
    }

    [Fact]
    public async Task A_target_that_already_holds_data_is_refused_and_left_as_it_was()
    {
        using var data = new TempDirectory();
        var (seeded, seedOutput) = await HostCommand.RunAsync("seed", "--demo", $"--Appraisal:DataDirectory={data.Path}");
        Assert.True(seeded == 0, seedOutput);
        var target = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var (first, firstOutput) = await HostCommand.RunAsync("migrate-data", "--from", data.Path, "--to", target);
        Assert.True(first == 0, firstOutput);

        var (second, secondOutput) = await HostCommand.RunAsync("migrate-data", "--from", data.Path, "--to", target);
        Assert.Equal(1, second);
        Assert.Contains("not empty", secondOutput, StringComparison.Ordinal);
        var (verified, report) = await HostCommand.RunAsync(["verify", .. Postgres(target)]);
        Assert.True(verified == 0, report);
        Assert.Contains("3 ballot boxes", report, StringComparison.Ordinal);
    }

    private static string[] Postgres(string connectionString) =>
        ["--Appraisal:Database:Provider=postgres", $"--Appraisal:Database:ConnectionString={connectionString}"];

    /// <summary>The campaigns and, for each campaign with ballots, its box, as one JSON document.</summary>
    private static async Task<JsonObject> AnswersAsync(string dataDirectory, string[] arguments, bool voidOne)
    {
        await using var host = HostProcess.Start(dataDirectory, arguments);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        var admin = new GraphQLClient(host.Client, CampaignHost.AdminKey);
        if (voidOne)
        {
            await VoidAnIssuedCodeAsync(admin, host);
        }

        var campaigns = GraphQLClient.Node(await admin.DataAsync(Everything))["campaigns"]!.AsArray();
        var sorted = new JsonArray([.. campaigns.OrderBy(c => (string)c!["id"]!, StringComparer.Ordinal).Select(c => c!.DeepClone())]);
        var boxes = new JsonObject();
        foreach (var campaign in sorted)
        {
            if ((string)campaign!["status"]! == "PUBLISHED") // the box is public only then
            {
                var id = (string)campaign["id"]!;
                var box = GraphQLClient.Node(await admin.DataAsync(Box, new { id }))["ballotBox"]!;
                // The box lists sheets in a random order; the comparison is about their content.
                box["sheets"] = new JsonArray([.. box["sheets"]!.AsArray().OrderBy(s => (string)s!["id"]!, StringComparer.Ordinal).Select(s => s!.DeepClone())]);
                boxes[id] = box.DeepClone();
            }
        }

        return new JsonObject { ["campaigns"] = sorted, ["boxes"] = boxes };
    }

    /// <summary>Issues two more codes in the open 民主评议 campaign and voids one, so the copy has codes in all three states.</summary>
    private static async Task VoidAnIssuedCodeAsync(GraphQLClient admin, HostProcess host)
    {
        var script = new CampaignScript(admin, new GraphQLClient(host.Client));
        var open = (await admin.DataAsync("{ campaigns { id status } }")).GetProperty("campaigns").EnumerateArray()
            .Single(c => c.GetProperty("status").GetString() == "OPEN").GetProperty("id").GetString()!;
        var codes = await script.IssueAsync(open, new { groupKey = "members", strategy = "SLIPS", count = 2 });
        var voided = await admin.DataAsync(
            "mutation($id: ID!, $c: [String!]!) { voidBallotCodes(campaignId: $id, codes: $c) }", new { id = open, c = new[] { codes[0].Code } });
        Assert.Equal(1, voided.GetProperty("voidBallotCodes").GetInt32());
    }
}
