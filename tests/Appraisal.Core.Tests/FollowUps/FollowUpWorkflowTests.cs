using Appraisal.Core.Campaigns;
using Appraisal.Core.FollowUps;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

/// <summary>
/// Items are listed at close (待核实, due 15 working days later), moved one step at a time to 办结 with a history of
/// days, notes and actors, and refused moves change nothing.
/// </summary>
public abstract class FollowUpWorkflowTests(ITestOutputHelper output, string provider)
{

    [Fact]
    public async Task Close_lists_each_item_pending_today_and_due_fifteen_working_days_later()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync(poor: 1, good: 2);

        var items = await harness.FollowUps.ListAsync(id);

        Assert.Equal(["overall/s001/poor/0", "overall/s002/poor/0", "overall/s003/poor/0"], items.Select(i => i.Key));
        var first = items[0];
        Assert.Equal((FollowUpStatus.Pending, FollowUpHarness.CloseDay, new DateOnly(2026, 3, 31), FollowUpHarness.CloseDay), (first.Status, first.ListedOn, first.DueOn, first.UpdatedOn));
        Assert.Equal((15, false), (first.WorkingDaysLeft!.Value, first.Overdue));
        Assert.Equal(("overall", "answered poor", "s001", "成员1", "poor"), (first.Title.ZhCn, first.Detail!, first.SubjectId!, first.SubjectName!, first.OptionLabel!.ZhCn));
        Assert.Empty(first.History);
        Assert.Null(first.WithdrawnOn);
    }

    [Fact]
    public async Task The_due_day_is_counted_on_the_site_calendar_in_force_when_the_item_is_listed()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        // 11–13 March off, Saturday 14 March worked: 14 (1) · 16–20 (6) · 23–27 (11) · 30 31 1 2 (15).
        await harness.Calendar.SaveAsync(["2026-03-11", "2026-03-12", "2026-03-13"], ["2026-03-14"]);
        var id = await harness.CloseAsync();

        Assert.All(await harness.FollowUps.ListAsync(id), i => Assert.Equal(new DateOnly(2026, 4, 2), i.DueOn));

        // A later change of the calendar leaves the due day alone but counts the days left on the new calendar.
        await harness.Calendar.SaveAsync([], []);
        var item = (await harness.FollowUps.ListAsync(id))[0];
        Assert.Equal((new DateOnly(2026, 4, 2), 17), (item.DueOn, item.WorkingDaysLeft!.Value));
    }

    [Theory]
    [InlineData("2026-03-30", false, 1)]
    [InlineData("2026-03-31", false, 0)] // the due day
    [InlineData("2026-04-01", true, -1)]
    [InlineData("2026-04-04", true, -3)] // Saturday: three working days past
    public async Task An_open_item_is_overdue_from_the_day_after_its_due_day(string today, bool overdue, int left)
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync();
        harness.Campaigns.Clock.SetLocal(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 0));

        var item = (await harness.FollowUps.ListAsync(id))[0];

        Assert.Equal((overdue, left), (item.Overdue, item.WorkingDaysLeft!.Value));
    }

    [Fact]
    public async Task An_item_walks_to_closed_one_step_a_day_and_keeps_the_history()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync();
        const string key = "overall/s002/poor/0";
        var steps = new[] { FollowUpStatus.Verifying, FollowUpStatus.Rectifying, FollowUpStatus.Revisiting };
        for (var i = 0; i < steps.Length; i++)
        {
            harness.Campaigns.Clock.SetLocal(FollowUpHarness.CloseDay.AddDays(i + 1), new TimeOnly(10, 30));
            var moved = await harness.MoveAsync(id, key, steps[i], i == 1 ? "  已约谈窗口负责人  " : null);
            Assert.Equal(steps[i], moved.Status);
        }

        harness.Campaigns.Clock.SetLocal(new DateOnly(2026, 4, 20), new TimeOnly(16, 0)); // past the due day
        var closed = await harness.MoveAsync(id, key, FollowUpStatus.Closed, "已整改，回访群众表示满意", "admin-key");

        Assert.Equal((FollowUpStatus.Closed, "已整改，回访群众表示满意", new DateOnly(2026, 4, 20)), (closed.Status, closed.Note!, closed.UpdatedOn));
        Assert.Equal((false, (int?)null), (closed.Overdue, closed.WorkingDaysLeft));
        Assert.Equal(
            [
                new FollowUpMove(new DateOnly(2026, 3, 11), FollowUpStatus.Pending, FollowUpStatus.Verifying, null, "acct-1"),
                new FollowUpMove(new DateOnly(2026, 3, 12), FollowUpStatus.Verifying, FollowUpStatus.Rectifying, "已约谈窗口负责人", "acct-1"),
                new FollowUpMove(new DateOnly(2026, 3, 13), FollowUpStatus.Rectifying, FollowUpStatus.Revisiting, null, "acct-1"),
                new FollowUpMove(new DateOnly(2026, 4, 20), FollowUpStatus.Revisiting, FollowUpStatus.Closed, "已整改，回访群众表示满意", "admin-key"),
            ],
            closed.History);
        Assert.Equal(closed, (await harness.FollowUps.ListAsync(id)).Single(i => i.Key == key) with { History = closed.History });
        Assert.All((await harness.FollowUps.ListAsync(id)).Where(i => i.Key != key), i => Assert.Equal(FollowUpStatus.Pending, i.Status));
    }

    [Fact]
    public async Task A_complaint_found_unfounded_is_closed_straight_from_verifying_with_a_note()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync();
        await harness.MoveAsync(id, "overall/s001/poor/0", FollowUpStatus.Verifying);

        var closed = await harness.MoveAsync(id, "overall/s001/poor/0", FollowUpStatus.Closed, "核实不实：当日窗口正常开放");

        Assert.Equal([FollowUpStatus.Verifying, FollowUpStatus.Closed], closed.History.Select(m => m.To));
    }

    [Fact]
    public async Task Refused_moves_change_nothing()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync();
        const string key = "overall/s001/poor/0";
        await harness.MoveAsync(id, key, FollowUpStatus.Verifying);
        await harness.MoveAsync(id, "overall/s003/poor/0", FollowUpStatus.Verifying);
        await harness.MoveAsync(id, "overall/s003/poor/0", FollowUpStatus.Closed, "核实不实");
        var before = await harness.SnapshotAsync(id);
        var revision = (await harness.Campaigns.Store.FindAsync(id))!.Revision;

        var refusals = new (Func<Task> Move, string Code, string Field)[]
        {
            (() => harness.MoveAsync(id, key, FollowUpStatus.Revisiting), "FOLLOW_UP_WRONG_STEP", "to"),
            (() => harness.MoveAsync(id, key, FollowUpStatus.Pending), "FOLLOW_UP_WRONG_STEP", "to"),
            (() => harness.MoveAsync(id, key, FollowUpStatus.Verifying), "FOLLOW_UP_WRONG_STEP", "to"),
            (() => harness.MoveAsync(id, key, FollowUpStatus.Closed, "   "), "FOLLOW_UP_NOTE_REQUIRED", "note"),
            (() => harness.MoveAsync(id, key, FollowUpStatus.Rectifying, new string('改', 501)), "INVALID_INPUT", "note"),
            (() => harness.MoveAsync(id, "overall/s009/poor/0", FollowUpStatus.Verifying), "FOLLOW_UP_NOT_FOUND", "key"),
            (() => harness.MoveAsync(id, "overall/s003/poor/0", FollowUpStatus.Closed, "again"), "FOLLOW_UP_WRONG_STEP", "to"),
            (() => harness.MoveAsync("no-such-campaign", key, FollowUpStatus.Rectifying), "CAMPAIGN_NOT_FOUND", "campaignId"),
        };
        foreach (var (move, code, field) in refusals)
        {
            var problem = await Assert.ThrowsAsync<CampaignProblem>(move);
            Assert.Equal((code, field), (problem.Code, problem.Field));
        }

        Assert.Equal(before, await harness.SnapshotAsync(id));
        Assert.Equal(revision, (await harness.Campaigns.Store.FindAsync(id))!.Revision);
        Assert.Equal(3, before.Count(l => l.Contains('#', StringComparison.Ordinal))); // the three moves before, none refused
    }

    [Fact]
    public async Task Items_move_only_once_the_campaign_is_closed_and_still_after_publication()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var (open, _) = await harness.Campaigns.DraftWithSlipsAsync(codes: 1);
        await harness.Campaigns.Campaigns.OpenAsync(open.Id);
        var early = await Assert.ThrowsAsync<CampaignProblem>(() => harness.MoveAsync(open.Id, "overall/s001/poor/0", FollowUpStatus.Verifying));
        Assert.Equal("CAMPAIGN_WRONG_STATUS", early.Code);
        Assert.Empty(await harness.FollowUps.ListAsync(open.Id));

        var id = await harness.CloseAsync();
        await harness.Campaigns.Campaigns.PublishAsync(id);
        var moved = await harness.MoveAsync(id, "overall/s001/poor/0", FollowUpStatus.Verifying);

        Assert.Equal(FollowUpStatus.Verifying, moved.Status);
    }

    [Fact]
    public async Task Resetting_a_trial_run_deletes_its_follow_ups()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var id = await harness.CloseAsync(testMode: true);
        await harness.MoveAsync(id, "overall/s001/poor/0", FollowUpStatus.Verifying);

        await harness.Campaigns.Campaigns.ResetTestAsync(id);

        Assert.Empty(await harness.SnapshotAsync(id));
    }
}
