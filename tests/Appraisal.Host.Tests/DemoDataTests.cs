using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>演示数据: on first start the demo campaigns appear; <c>seed --demo</c> adds nothing the second time.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task The_first_start_shows_a_campaign_of_each_type_and_seeding_again_changes_nothing()
    {
        using var data = new TempDirectory();
        var first = await CampaignsAsync(data.Path, "--Appraisal:Demo=true");
        Assert.Equal(
            [("democratic-review", "OPEN"), ("people-satisfied-agency", "PUBLISHED"), ("satisfaction", "CLOSED")],
            first.Select(c => (c.Type, c.Status)).Order());
        Assert.All(first, c => Assert.True(c.Returned > 0, $"{c.Type} has ballots"));
        Assert.Equal(46, first.Single(c => c.Type == "people-satisfied-agency").Cast);

        var (exitCode, output) = await HostCommand.RunAsync("seed", "--demo", $"--Appraisal:DataDirectory={data.Path}");
        Assert.True(exitCode == 0, output);
        Assert.Contains("already present", output);
        var second = await CampaignsAsync(data.Path, "--Appraisal:Demo=true");
        Assert.Equal(first, second);

        var (verified, report) = await HostCommand.RunAsync("verify", $"--Appraisal:DataDirectory={data.Path}");
        Assert.True(verified == 0, report);
    }

    [Fact]
    public async Task Seed_demo_creates_the_demo_once_on_a_database_that_never_had_it()
    {
        using var data = new TempDirectory();
        var (created, output) = await HostCommand.RunAsync("seed", "--demo", $"--Appraisal:DataDirectory={data.Path}");
        Assert.True(created == 0, output);
        Assert.Contains("Demo data created", output);
        var (again, repeated) = await HostCommand.RunAsync("seed", "--demo", $"--Appraisal:DataDirectory={data.Path}");
        Assert.True(again == 0, repeated);
        Assert.Contains("already present", repeated);
        Assert.Equal(3, (await CampaignsAsync(data.Path, "--Appraisal:Demo=false")).Count);
    }

    private static async Task<List<(string Type, string Status, int Returned, int Cast)>> CampaignsAsync(string dataDirectory, string demo)
    {
        await using var host = HostProcess.Start(dataDirectory, [.. CampaignHost.Arguments, demo]);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        var data = await new GraphQLClient(host.Client, CampaignHost.AdminKey).DataAsync(
            "{ campaigns { typeKey status turnout { returned } report { ballotsCast } } }");
        return [.. data.GetProperty("campaigns").EnumerateArray().Select(c => (
            c.GetProperty("typeKey").GetString()!,
            c.GetProperty("status").GetString()!,
            c.GetProperty("turnout").EnumerateArray().Sum(t => t.GetProperty("returned").GetInt32()),
            c.GetProperty("report").ValueKind == System.Text.Json.JsonValueKind.Null ? 0 : c.GetProperty("report").GetProperty("ballotsCast").GetInt32()))
            .OrderBy(c => c.Item1)];
    }
}
