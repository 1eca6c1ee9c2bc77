using Appraisal.Core.Campaigns;
using Appraisal.Core.Storage;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

/// <summary>The calendar lives in the site settings calendar.holidays and calendar.workdays; bad input changes nothing.</summary>
public abstract class WorkingCalendarStoreTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task Unset_means_monday_to_friday()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);

        var calendar = await harness.Calendar.ReadAsync();

        Assert.Empty(calendar.Holidays);
        Assert.Empty(calendar.Workdays);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 14)));
    }

    [Fact]
    public async Task The_lists_are_stored_as_sorted_comma_separated_days_and_read_back()
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var settings = new SettingsStore(harness.Campaigns.Database);

        await harness.Calendar.SaveAsync(["2025-10-02", " 2025-10-01", "2025-10-02"], ["2025-10-11", "2025-09-28"]);

        Assert.Equal("2025-10-01,2025-10-02", await settings.GetAsync("calendar.holidays"));
        Assert.Equal("2025-09-28,2025-10-11", await settings.GetAsync("calendar.workdays"));
        var calendar = await harness.Calendar.ReadAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 9, 28)));

        await harness.Calendar.SaveAsync([], []);
        Assert.Equal("", await settings.GetAsync("calendar.holidays"));
    }

    [Theory]
    [InlineData(new[] { "2025-10-01", "2025-10-32" }, new string[0], "holidays[1]")]
    [InlineData(new[] { "2025/10/01" }, new string[0], "holidays[0]")]
    [InlineData(new string[0], new[] { "2025-09-29" }, "workdays[0]")] // a Monday
    [InlineData(new[] { "2025-10-11" }, new[] { "2025-10-11" }, "workdays[0]")] // both
    public async Task A_bad_day_is_refused_with_its_field_and_nothing_changes(string[] holidays, string[] workdays, string field)
    {
        await using var harness = await FollowUpHarness.StartAsync(output, provider);
        var settings = new SettingsStore(harness.Campaigns.Database);
        await harness.Calendar.SaveAsync(["2025-10-01"], ["2025-09-28"]);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Calendar.SaveAsync(holidays, workdays));

        Assert.Equal(("INVALID_INPUT", field), (problem.Code, problem.Field));
        Assert.Equal("2025-10-01", await settings.GetAsync("calendar.holidays"));
        Assert.Equal("2025-09-28", await settings.GetAsync("calendar.workdays"));
    }
}
