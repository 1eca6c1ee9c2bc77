using Appraisal.Core.Ballots;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// <c>appraisal verify</c> against a real file: a healthy box passes, and each way of editing the file behind the
/// host's back is reported by a specific problem.
/// </summary>
public abstract class BoxVerifierTamperTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task A_healthy_box_verifies_open_and_closed()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        await CastBoxAsync(harness, close: false);
        await CastBoxAsync(harness, close: true);

        var verification = await harness.Verifier.VerifyAsync();

        Assert.True(verification.IsOk, string.Join("\n", verification.Problems));
        Assert.Equal(2, verification.Campaigns);
        Assert.Equal(6, verification.BallotsCast);
    }

    public static TheoryData<string, bool, string> Tamperings => new()
    {
        {
            // Another ballot's answers, which decode as well as its own: only the digest tells.
            "UPDATE ballots SET answers = (SELECT o.answers FROM ballots o WHERE o.campaign_id = ballots.campaign_id AND o.answers <> ballots.answers LIMIT 1) " +
            "WHERE ballot_id = (SELECT ballot_id FROM ballots b WHERE b.campaign_id = @id " +
            "AND EXISTS (SELECT 1 FROM ballots o WHERE o.campaign_id = b.campaign_id AND o.answers <> b.answers) LIMIT 1)",
            false, "a ballot's content does not match its digest"
        },
        { "DELETE FROM ballots WHERE ballot_id = (SELECT ballot_id FROM ballots WHERE campaign_id = @id LIMIT 1)", false, "2 ballot sheets stored but 3 appended" },
        { "DELETE FROM receipts WHERE campaign_id = @id AND seq = 3", false, "2 receipts but 3 ballots cast" },
        { "DELETE FROM receipts WHERE campaign_id = @id AND seq = 2", false, "receipt chain broken at position 3" },
        { "UPDATE receipts SET head = @zero WHERE campaign_id = @id AND seq = 1", false, "receipt chain broken at position 1" },
        { "UPDATE ballot_codes SET state = 'unused' WHERE lookup_key = (SELECT lookup_key FROM ballot_codes WHERE campaign_id = @id AND state = 'spent' LIMIT 1)", false, "2 spent codes but 3 ballots cast" },
        { "UPDATE ballot_codes SET state = 'spent' WHERE lookup_key = (SELECT lookup_key FROM ballot_codes WHERE campaign_id = @id AND state = 'unused' LIMIT 1)", false, "4 spent codes but 3 ballots cast" },
        { "UPDATE code_counts SET spent = spent + 1 WHERE campaign_id = @id", false, "the turnout counts 4 spent codes but 3 codes are spent" },
        { "UPDATE box_state SET head = @zero WHERE campaign_id = @id", false, "chain head does not match the receipts" },
        { "UPDATE campaigns SET box_digest = @zero WHERE id = @id", true, "the ballot box no longer matches the digest sealed at close" },
        { "UPDATE campaigns SET chain_head = @zero WHERE id = @id", true, "the chain head differs from the one sealed at close" },
        { "DELETE FROM ballots WHERE ballot_id = (SELECT ballot_id FROM ballots WHERE campaign_id = @id LIMIT 1)", true, "the ballot box no longer matches the digest sealed at close" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Each_tampering_is_reported(string sql, bool close, string expected)
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaignId = await CastBoxAsync(harness, close);
        Assert.True((await harness.Verifier.VerifyAsync()).IsOk);

        var changed = await harness.TamperAsync(sql, new { id = campaignId, zero = new byte[32] });
        var verification = await harness.Verifier.VerifyAsync();

        Assert.Equal(1, changed);
        Assert.False(verification.IsOk);
        Assert.Contains(verification.Problems, p => p.StartsWith($"campaign {campaignId}: {expected}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_box_mixing_compact_sheets_and_json_sheets_stored_before_verifies_and_reads()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaignId = await CastBoxAsync(harness, close: false);
        var keys = SheetKeys.Of(CampaignHarness.Questionnaire, await harness.Store.SubjectsAsync(campaignId));
        var rows = await harness.QueryAsync<(byte[] Id, byte[] Answers)>(
            "SELECT ballot_id, answers FROM ballots WHERE campaign_id = @campaignId", new { campaignId });
        Assert.All(rows, row => Assert.True(CompactSheetCodec.IsCompact(row.Answers)));
        var before = await harness.Tally.TallyAsync(campaignId);

        // As a host before the compact form stored it: the canonical JSON its digest was always taken over.
        var json = BallotSheetCodec.Encode(SheetStorage.Decode(rows[0].Answers, keys));
        Assert.Equal(1, await harness.TamperAsync("UPDATE ballots SET answers = @json WHERE ballot_id = @id", new { json, id = rows[0].Id }));
        await harness.Campaigns.CloseAsync(campaignId);

        var verification = await harness.Verifier.VerifyAsync();
        Assert.True(verification.IsOk, string.Join("\n", verification.Problems));
        var after = await harness.Tally.TallyAsync(campaignId);
        Assert.Null(after.Error);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before.Tables), System.Text.Json.JsonSerializer.Serialize(after.Tables));
        await harness.Campaigns.PublishAsync(campaignId);
        var published = await harness.Reader.ReadAsync(campaignId);
        Assert.Equal(
            published.Sheets.Select(s => s.Digest).Order(StringComparer.Ordinal),
            published.Sheets.Select(s => Convert.ToHexStringLower(BallotSheetCodec.Digest(s.GroupKey, BallotSheetCodec.Encode(s.Answers)))).Order(StringComparer.Ordinal));
    }

    /// <summary>A campaign with an unbound group, four codes and three ballots cast; closed when asked.</summary>
    private static async Task<string> CastBoxAsync(CampaignHarness harness, bool close)
    {
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 4);
        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code, grade: "good");
        await harness.CastAsync(slips.Ballots[1].Code, grade: "fair");
        await harness.CastAsync(slips.Ballots[2].Code, grade: "good");
        if (close)
        {
            await harness.Campaigns.CloseAsync(campaign.Id);
        }

        return campaign.Id;
    }
}
