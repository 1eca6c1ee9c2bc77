using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>组织评定 through the API: grades beside the tally, 预备党员 not graded, the 优秀 ≤ 1/3 cap flagged or enforced.</summary>
public sealed class CommitteeGradeTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string Record =
        "mutation($id: ID!, $g: [CommitteeGradeInput!]!) { recordCommitteeGrades(campaignId: $id, grades: $g) { cap capCount capExceeded gradedMembers grades { subjectId grade } } }";

    [Theory]
    [InlineData("flag")]
    [InlineData("enforce")]
    public async Task The_committee_grades_members_and_the_top_grade_is_capped_at_a_third_of_full_members(string mode)
    {
        var id = await ClosedBranchAsync(mode);
        var two = await host.Admin.DataAsync(Record, new { id, g = new[] { Grade("m1", "excellent"), Grade("m2", "excellent"), Grade("m3", "qualified") } });
        var summary = two.GetProperty("recordCommitteeGrades");
        Assert.Equal((6, 2, 2, false), (summary.GetProperty("gradedMembers").GetInt32(), summary.GetProperty("cap").GetInt32(),
            summary.GetProperty("capCount").GetInt32(), summary.GetProperty("capExceeded").GetBoolean()));

        var third = await host.Admin.SendAsync(Record, new { id, g = new[] { Grade("m3", "excellent") } });
        if (mode == "enforce")
        {
            Assert.Equal("CAP_EXCEEDED", GraphQLClient.ErrorCode(third));
            var stored = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { committeeGrades { capCount grades { subjectId grade } } } }", new { id });
            var grades = stored.GetProperty("campaign").GetProperty("committeeGrades");
            Assert.Equal(2, grades.GetProperty("capCount").GetInt32());
            Assert.Equal("qualified", grades.GetProperty("grades")[2].GetProperty("grade").GetString());
        }
        else
        {
            Assert.True(third.GetProperty("data").GetProperty("recordCommitteeGrades").GetProperty("capExceeded").GetBoolean());
        }

        var probationary = await host.Admin.SendAsync(Record, new { id, g = new[] { Grade("m7", "qualified") } });
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(probationary));
        var offScale = await host.Admin.SendAsync(Record, new { id, g = new[] { Grade("m4", "superb") } });
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(offScale));
    }

    [Fact]
    public async Task Grades_wait_until_the_campaign_is_closed()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync("democratic-review", "支部");
        await script.AddSubjectsAsync(id, new[] { "m1", "m2", "m3" }.Select(m => (object)new { id = m, name = m }));
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        await script.TransitionAsync("openCampaign", id);
        var early = await host.Admin.SendAsync(Record, new { id, g = new[] { Grade("m1", "qualified") } });
        Assert.Equal("CAMPAIGN_WRONG_STATUS", GraphQLClient.ErrorCode(early));
    }

    private async Task<string> ClosedBranchAsync(string mode)
    {
        var data = await host.Admin.DataAsync(
            "mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }",
            new { i = new { typeKey = "democratic-review", title = "第二党支部", settings = new[] { new { key = "excellentCapMode", value = mode } } } });
        var id = data.GetProperty("createCampaign").GetProperty("id").GetString()!;
        var script = new CampaignScript(host.Admin, host.Anonymous);
        await script.AddSubjectsAsync(id, Enumerable.Range(1, 7).Select(i => (object)new
        {
            id = $"m{i}", name = $"党员{i}", attributes = new[] { new { key = "membership", value = i == 7 ? "probationary" : "full" } },
        }));
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        await script.TransitionAsync("openCampaign", id);
        await script.TransitionAsync("closeCampaign", id);
        return id;
    }

    private static object Grade(string subjectId, string grade) => new { subjectId, grade };
}
