using Appraisal.Core.Campaigns;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>Changing a rater group of a draft: names, weights and planned size change; the key and the order stay.</summary>
public abstract class RaterGroupUpdateTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task A_draft_group_takes_new_names_weights_and_size_and_keeps_its_key_and_place()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("members"), CampaignHarness.Group("public")]);
        var changed = new CampaignRaterGroup(
            new RaterGroup("members", new LocalizedText("党员代表", "Delegates"), null, new Dictionary<string, decimal> { ["党群部门"] = 0.25m }), 12);

        var after = await harness.Campaigns.UpdateRaterGroupAsync(campaign.Id, changed);

        var groups = await harness.Store.RaterGroupsAsync(campaign.Id);
        Assert.Equal(["members", "public"], groups.Select(g => g.Group.Key));
        var members = groups[0];
        Assert.Equal(("党员代表", "Delegates", (decimal?)null, 12), (members.Group.Name.ZhCn, members.Group.Name.En, members.Group.Weight, members.PlannedSize));
        Assert.Equal(0.25m, members.Group.WeightsByUnitClass["党群部门"]);
        Assert.Equal(campaign.Revision + 2, after.Revision);
    }

    [Fact]
    public async Task An_unknown_group_or_a_bad_weight_is_refused_and_changes_nothing()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("members")]);
        var before = await harness.RowsAsync(campaign.Id);

        var unknown = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.UpdateRaterGroupAsync(campaign.Id, CampaignHarness.Group("nobody")));
        var heavy = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.UpdateRaterGroupAsync(campaign.Id, CampaignHarness.Group("members", weight: 1001m)));

        Assert.Equal(("INVALID_INPUT", "groupKey"), (unknown.Code, unknown.Field));
        Assert.Equal(("INVALID_INPUT", "raterGroups[0].weight"), (heavy.Code, heavy.Field));
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
    }
}
