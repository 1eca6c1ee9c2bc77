using Appraisal.Core.Campaigns;
using Appraisal.Core.FollowUps;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

/// <summary>
/// A re-tally keeps every item's state and days; items it no longer lists are withdrawn (kept, frozen) and come back
/// where they stood if listed again; new ones are listed on the day of the re-tally. Failed or unusable tallies and
/// types without follow-up list nothing and touch nothing.
/// </summary>
public abstract class FollowUpRetallyTests(ITestOutputHelper output, string provider)
{
    private static readonly DateOnly NextMonday = new(2026, 3, 16);

    [Fact]
    public async Task A_retally_keeps_status_days_notes_and_history()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync(poor: 2, good: 1);
        await harness.MoveAsync(id, "overall/s001/poor/1", FollowUpStatus.Verifying, "已联系窗口");
        var before = await harness.SnapshotAsync(id);
        harness.Campaigns.Clock.SetLocal(NextMonday, new TimeOnly(9, 0));

        await harness.Campaigns.Campaigns.RetallyAsync(id);

        Assert.Equal(before, await harness.SnapshotAsync(id));
        var items = await harness.FollowUps.ListAsync(id);
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Equal((FollowUpHarness.CloseDay, new DateOnly(2026, 3, 31)), (i.ListedOn, i.DueOn)));
        Assert.Equal(FollowUpStatus.Verifying, items.Single(i => i.Key == "overall/s001/poor/1").Status);
    }

    [Fact]
    public async Task Items_a_retally_drops_are_withdrawn_and_return_where_they_stood_while_new_ones_are_listed_that_day()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync(poor: 1, good: 2);
        await harness.MoveAsync(id, "overall/s001/poor/0", FollowUpStatus.Verifying);

        // The type's rules change (a plugin fixed, say): only "yes" answers are items now.
        harness.Campaigns.Clock.SetLocal(NextMonday, new TimeOnly(9, 0));
        await harness.SetCampaignSettingsAsync(id, """{"followUps.options":"yes"}""");
        await harness.Campaigns.Campaigns.RetallyAsync(id);

        var items = await harness.FollowUps.ListAsync(id);
        Assert.Equal(["fair-process//yes/0", "fair-process//yes/1", "fair-process//yes/2", "overall/s001/poor/0", "overall/s002/poor/0", "overall/s003/poor/0"],
            items.Select(i => i.Key));
        var fresh = items[0];
        // Listed Mon 16 March: 17–20 (4) · 23–27 (9) · 30 31 1 2 3 (14) · 6 April (15).
        Assert.Equal((NextMonday, new DateOnly(2026, 4, 6), (DateOnly?)null), (fresh.ListedOn, fresh.DueOn, fresh.WithdrawnOn));
        var dropped = items.Single(i => i.Key == "overall/s001/poor/0");
        Assert.Equal((NextMonday, FollowUpStatus.Verifying, false, (int?)null), (dropped.WithdrawnOn!.Value, dropped.Status, dropped.Overdue, dropped.WorkingDaysLeft));
        var frozen = await Assert.ThrowsAsync<CampaignProblem>(() => harness.MoveAsync(id, "overall/s001/poor/0", FollowUpStatus.Rectifying));
        Assert.Equal(("FOLLOW_UP_WITHDRAWN", "key"), (frozen.Code, frozen.Field));

        harness.Campaigns.Clock.SetLocal(new DateOnly(2026, 3, 20), new TimeOnly(9, 0));
        await harness.SetCampaignSettingsAsync(id, "{}");
        await harness.Campaigns.Campaigns.RetallyAsync(id);

        var back = (await harness.FollowUps.ListAsync(id)).Single(i => i.Key == "overall/s001/poor/0");
        Assert.Equal((FollowUpHarness.CloseDay, FollowUpStatus.Verifying, (DateOnly?)null), (back.ListedOn, back.Status, back.WithdrawnOn));
        Assert.Equal(["fair-process//yes/0", "fair-process//yes/1", "fair-process//yes/2"],
            (await harness.FollowUps.ListAsync(id)).Where(i => i.WithdrawnOn == new DateOnly(2026, 3, 20)).Select(i => i.Key));
    }

    [Fact]
    public async Task A_failed_retally_leaves_every_item_as_it_was()
    {
        // Calls: the smoke test at load, the tally at close; the re-tally throws.
        await using var harness = await FollowUpHarness.StartAsync(output, provider, ("throwAfterCalls", "2"));
        var id = await harness.CloseAsync();
        var before = await harness.SnapshotAsync(id);

        var report = await harness.Campaigns.Campaigns.RetallyAsync(id);

        Assert.NotNull(report.Error);
        Assert.Equal(before, await harness.SnapshotAsync(id));
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public async Task A_type_without_a_follow_up_deadline_lists_nothing()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider, ("followUpDays", "none"));
        var id = await harness.CloseAsync();

        Assert.Empty(await harness.FollowUps.ListAsync(id));
    }

    [Fact]
    public async Task A_campaign_with_fewer_ballots_than_the_minimum_cell_size_lists_nothing()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync(poor: 1, good: 1);

        var results = await harness.Campaigns.Store.ResultsAsync(id);

        Assert.Empty(results.Report!.FollowUps);
        Assert.Empty(await harness.FollowUps.ListAsync(id));
    }

    [Fact]
    public async Task A_report_whose_keys_repeat_is_a_failed_tally_and_nothing_is_tracked()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider, ("followUpKeys", "same"));
        var id = await harness.CloseAsync();

        var results = await harness.Campaigns.Store.ResultsAsync(id);

        Assert.Contains("the key same is used twice", results.Report!.Error, StringComparison.Ordinal);
        Assert.Empty(await harness.FollowUps.ListAsync(id));
    }

    [Fact]
    public async Task The_stored_report_keeps_its_follow_up_items_and_deadline()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider, ("followUpDays", "10"));
        var id = await harness.CloseAsync();

        var report = (await harness.Campaigns.Store.ResultsAsync(id)).Report!;

        Assert.Equal(10, report.FollowUpDeadlineWorkingDays);
        Assert.Equal(("overall/s002/poor/0", "成员2", "poor"), (report.FollowUps[1].Key, report.FollowUps[1].SubjectName!, report.FollowUps[1].OptionLabel!.En));
        // Tue 10 March + 10 working days: 11 12 13 · 16–20 · 23 24 → Tuesday 24 March.
        Assert.All(await harness.FollowUps.ListAsync(id), i => Assert.Equal(new DateOnly(2026, 3, 24), i.DueOn));
    }
}
