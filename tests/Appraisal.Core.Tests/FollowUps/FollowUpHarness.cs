using Appraisal.Core.FollowUps;
using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

/// <summary>
/// A <see cref="CampaignHarness"/> whose fixture type lists follow-up items (one per <c>poor</c> or <c>no</c> answer),
/// with the follow-up services over the same database and clock (Tue 2026-03-10 unless the test moves it).
/// </summary>
internal sealed class FollowUpHarness : IAsyncDisposable
{
    private FollowUpHarness(CampaignHarness campaigns)
    {
        Campaigns = campaigns;
        FollowUps = new FollowUpService(campaigns.Database, campaigns.Clock);
        Calendar = new WorkingCalendarStore(campaigns.Database, new SettingsStore(campaigns.Database));
    }

    /// <summary>The day campaigns close unless the test moves the clock: the harness clock's Tuesday 2026-03-10.</summary>
    public static DateOnly CloseDay { get; } = new(2026, 3, 10);

    public CampaignHarness Campaigns { get; }

    public FollowUpService FollowUps { get; }

    public WorkingCalendarStore Calendar { get; }

    /// <summary>Starts with the fixture in <c>followups</c> mode plus <paramref name="pluginSettings"/>, on <paramref name="provider"/>.</summary>
    public static async Task<FollowUpHarness> StartAsync(ITestOutputHelper output, string provider, params (string Key, string Value)[] pluginSettings)
    {
        var settings = pluginSettings.ToDictionary(s => s.Key, s => s.Value);
        settings.TryAdd("aggregator", "followups");
        return new FollowUpHarness(await CampaignHarness.StartAsync(output, settings, provider));
    }

    /// <summary>
    /// A campaign of three subjects where <paramref name="poor"/> ballots grade everyone poor (3 items each) and
    /// <paramref name="good"/> ballots grade everyone good, closed today; returns its id.
    /// </summary>
    public async Task<string> CloseAsync(int poor = 1, int good = 2, bool testMode = false)
    {
        var (campaign, slips) = await Campaigns.DraftWithSlipsAsync(codes: poor + good);
        await Campaigns.Campaigns.OpenAsync(campaign.Id, testMode);
        for (var i = 0; i < poor + good; i++)
        {
            await Campaigns.CastAsync(slips.Ballots[i].Code, i < poor ? "poor" : "good");
        }

        await Campaigns.Campaigns.CloseAsync(campaign.Id);
        return campaign.Id;
    }

    public Task<FollowUp> MoveAsync(string campaignId, string key, FollowUpStatus to, string? note = null, string actor = "acct-1") =>
        FollowUps.MoveAsync(campaignId, key, to, note, actor);

    /// <summary>Every stored follow-up field and move, one line each, to compare before and after a refused request.</summary>
    public Task<IReadOnlyList<string>> SnapshotAsync(string campaignId) =>
        Campaigns.QueryAsync<string>(
            """
            SELECT item_key || '|' || status || '|' || listed_on || '|' || due_on || '|' || updated_on || '|' || COALESCE(note, '')
                   || '|' || COALESCE(withdrawn_on, '') || '|' || ordinal FROM follow_ups WHERE campaign_id = @campaignId
            UNION ALL
            SELECT item_key || '#' || seq || '|' || moved_on || '|' || from_status || '|' || to_status || '|' || COALESCE(note, '') || '|' || actor
            FROM follow_up_moves WHERE campaign_id = @campaignId
            ORDER BY 1
            """,
            new { campaignId });

    /// <summary>Changes the campaign's settings behind the services' back, as a plugin whose rules changed would look.</summary>
    public Task<int> SetCampaignSettingsAsync(string campaignId, string json) =>
        Campaigns.TamperAsync("UPDATE campaigns SET settings = @json WHERE id = @campaignId", new { json, campaignId });

    public ValueTask DisposeAsync() => Campaigns.DisposeAsync();
}
