using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// DESIGN §6 on PostgreSQL: the heap stores rows in insertion order (their <c>ctid</c>), and each row's <c>xmin</c>
/// names the transaction that cast it. After close neither may follow the order of casting.
/// </summary>
public sealed class PostgresScrubTests(ITestOutputHelper output)
{
    private const int Ballots = 1000;

    [Fact]
    public async Task After_close_the_physical_order_and_the_transaction_ids_of_ballots_do_not_follow_the_casting_order()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: "postgres");
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: Ballots);
        await harness.Campaigns.OpenAsync(campaign.Id);
        foreach (var slip in slips.Ballots)
        {
            await harness.CastAsync(slip.Code);
        }

        // One cast after the other: each committed in a transaction of its own, so xmin orders them as cast.
        var castingOrder = await IdsAsync(harness, campaign.Id, "xmin::text::bigint");
        var storedBefore = await IdsAsync(harness, campaign.Id, "ctid");
        await harness.Campaigns.CloseAsync(campaign.Id);
        var storedAfter = await IdsAsync(harness, campaign.Id, "ctid");
        var transactions = await harness.ScalarAsync<long>(
            "SELECT COUNT(DISTINCT xmin::text) FROM ballots WHERE campaign_id = @id", new { id = campaign.Id });

        Assert.Equal(Ballots, castingOrder.Count);
        Assert.Equal(Ballots, await harness.ScalarAsync<long>("SELECT COUNT(DISTINCT xmin::text) FROM receipts WHERE campaign_id = @id", new { id = campaign.Id }));
        var before = RankCorrelation(castingOrder, storedBefore);
        var after = RankCorrelation(castingOrder, storedAfter);
        output.WriteLine($"Spearman ρ of physical order with casting order: before close {before:F3}, after {after:F3}");
        Assert.True(before > 0.9, $"without the scrub the heap follows the casting order (ρ = {before:F3}); otherwise this test proves nothing");
        Assert.True(Math.Abs(after) < 0.1, $"Spearman ρ of physical order (ctid) with casting order after close: {after:F3}");
        Assert.Equal(1, transactions);
        Assert.True((await harness.Verifier.VerifyAsync()).IsOk);
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(CampaignHarness harness, string campaignId, string orderBy) =>
        [.. (await harness.QueryAsync<byte[]>($"SELECT ballot_id FROM ballots WHERE campaign_id = @id ORDER BY {orderBy}", new { id = campaignId }))
            .Select(Convert.ToHexString)];

    /// <summary>Spearman's ρ of two orderings of the same ids: 1 − 6 Σ d² / (n (n² − 1)), d the difference of an id's places.</summary>
    private static double RankCorrelation(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        var placeInSecond = second.Select((id, place) => (id, place)).ToDictionary(entry => entry.id, entry => entry.place);
        double n = first.Count;
        var squares = first.Select((id, place) => Math.Pow(place - placeInSecond[id], 2)).Sum();
        return 1 - (6 * squares / (n * ((n * n) - 1)));
    }
}
