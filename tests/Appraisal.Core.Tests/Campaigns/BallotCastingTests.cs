using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Ballots;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// What casting stores: sheets that cannot be joined to a code (a bound ballot split per subject), the spent
/// code with its binding cleared, and a receipt whose digest extends the hash chain.
/// </summary>
public abstract class BallotCastingTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task A_bound_ballot_is_stored_as_one_sheet_per_subject_plus_one_and_its_code_forgets_the_subjects()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, peers) = await OpenWithPeersAsync(harness, subjectsPerRater: 3);
        var ballot = peers.Ballots[0];

        var form = await harness.Box.OpenAsync(ballot.Code.ToString());
        Assert.Equal(ballot.SubjectIds, form.Subjects.Select(s => s.Id));
        await harness.CastAsync(ballot.Code);

        Assert.Equal(4, await Count(harness, "SELECT COUNT(*) FROM ballots WHERE campaign_id = @id", campaign.Id));
        var keys = SheetKeys.Of(CampaignHarness.Questionnaire, await harness.Store.SubjectsAsync(campaign.Id));
        var sheets = (await harness.QueryAsync<byte[]>("SELECT answers FROM ballots WHERE campaign_id = @id", new { id = campaign.Id }))
            .Select(stored => SheetStorage.Decode(stored, keys)).ToArray();
        Assert.Equal(3, sheets.Count(sheet => sheet.Any(a => a.ItemKey == "overall")));
        Assert.DoesNotContain(sheets, sheet => sheet.Count(a => a.ItemKey == "overall") > 1);
        var code = Assert.Single(await harness.QueryAsync<(string State, string? SubjectIds)>(
            "SELECT state, subject_ids FROM ballot_codes WHERE lookup_key = @key", new { key = ballot.Code.LookupKey }));
        Assert.Equal(("spent", (string?)null), code);
        Assert.Equal(peers.Ballots.Count - 1, await Count(harness,
            "SELECT COUNT(*) FROM ballot_codes WHERE campaign_id = @id AND state = 'unused' AND subject_ids IS NOT NULL", campaign.Id));
        Assert.Equal("1/4", await harness.ScalarAsync<string>("SELECT casts || '/' || sheets FROM box_state WHERE campaign_id = @id", new { id = campaign.Id }));
    }

    [Fact]
    public async Task An_unbound_ballot_is_one_sheet_holding_every_answer()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 2, subjects: 5);
        await harness.Campaigns.OpenAsync(campaign.Id);

        await harness.CastAsync(slips.Ballots[0].Code, grade: "fair");

        var (casts, sheets) = await harness.Tally.ReadBallotsAsync(campaign.Id);
        Assert.Equal(1, casts);
        var sheet = Assert.Single(sheets);
        Assert.Equal("public", sheet.RaterGroup);
        Assert.Equal(6, sheet.Answers.Count);
        Assert.Equal(5, sheet.Answers.Count(a => a is { ItemKey: "overall", OptionKeys: ["fair"] }));
    }

    [Fact]
    public async Task Ballot_rows_share_no_column_with_codes_but_the_campaign_and_group_and_have_no_rowid()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        var columns = harness.Provider == "postgres"
            ? "SELECT column_name FROM information_schema.columns WHERE table_name = @table ORDER BY ordinal_position"
            : "SELECT name FROM pragma_table_info(@table) ORDER BY cid";
        var ballotColumns = await harness.QueryAsync<string>(columns, new { table = "ballots" });
        var codeColumns = await harness.QueryAsync<string>(columns, new { table = "ballot_codes" });

        Assert.Equal(["campaign_id", "ballot_id", "group_key", "answers", "digest"], ballotColumns);
        Assert.Equal(["campaign_id", "group_key"], ballotColumns.Intersect(codeColumns));
        if (harness.Provider == "sqlite")
        {
            // PostgreSQL's heap has no such option; its stored order is rewritten at close instead (ScrubAsync).
            var withoutRowId = await harness.ScalarAsync<string>("SELECT sql FROM sqlite_schema WHERE name = 'ballots'");
            Assert.Contains("WITHOUT ROWID", withoutRowId, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Stored_sheets_carry_neither_the_code_nor_its_lookup_key()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, peers) = await OpenWithPeersAsync(harness, subjectsPerRater: 2);
        var ballot = peers.Ballots[0];

        await harness.CastAsync(ballot.Code);

        var rows = await harness.QueryAsync<(byte[] Id, byte[] Answers)>("SELECT ballot_id, answers FROM ballots WHERE campaign_id = @id", new { id = campaign.Id });
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(16, r.Id.Length);
            var text = Encoding.UTF8.GetString(r.Answers);
            Assert.DoesNotContain(ballot.Code.Canonical, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(ballot.Code.LookupKey, text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Receipt_digests_hash_the_token_and_the_chain_head_advances_receipt_by_receipt()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 3);
        await harness.Campaigns.OpenAsync(campaign.Id);

        var first = await harness.CastAsync(slips.Ballots[0].Code);
        var second = await harness.CastAsync(slips.Ballots[1].Code);

        var genesis = SHA256.HashData(Encoding.UTF8.GetBytes("appraisal.chain.v1\n" + campaign.Id));
        var head = genesis;
        foreach (var (receipt, position) in new[] { (first, 1L), (second, 2L) })
        {
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes("appraisal.receipt.v1\n" + receipt.Token));
            head = SHA256.HashData([.. head, .. digest]);
            Assert.Equal(campaign.Id, receipt.CampaignId);
            Assert.Equal(Hex(digest), receipt.Digest);
            Assert.Equal(Hex(ReceiptChain.ReceiptDigest(receipt.Token)), receipt.Digest);
            Assert.Equal(position, receipt.Position);
            Assert.Equal(Hex(head), receipt.ChainHead);
        }

        Assert.Equal(Hex(ReceiptChain.Next(ReceiptChain.Next(ReceiptChain.Genesis(campaign.Id), Convert.FromHexString(first.Digest)), Convert.FromHexString(second.Digest))), second.ChainHead);
        Assert.NotEqual(first.Token, second.Token);
        var stored = await harness.QueryAsync<(long Seq, byte[] Digest, byte[] Head)>(
            "SELECT seq, digest, head FROM receipts WHERE campaign_id = @id ORDER BY seq", new { id = campaign.Id });
        Assert.Equal([(1L, first.Digest, first.ChainHead), (2L, second.Digest, second.ChainHead)], stored.Select(r => (r.Seq, Hex(r.Digest), Hex(r.Head))));
        Assert.Equal(second.ChainHead, Hex(await harness.ScalarAsync<byte[]>("SELECT head FROM box_state WHERE campaign_id = @id", new { id = campaign.Id })));
    }

    [Fact]
    public async Task A_spent_code_cannot_cast_again_and_the_box_is_unchanged()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, peers) = await OpenWithPeersAsync(harness, subjectsPerRater: 2);
        var ballot = peers.Ballots[0];
        var form = await harness.Box.OpenAsync(ballot.Code.ToString());
        await harness.CastAsync(ballot.Code);
        var before = await harness.RowsAsync(campaign.Id);

        var onOpen = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(ballot.Code.ToString()));
        var onCast = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.CastAsync(ballot.Code.ToString(), CampaignHarness.AnswersFor(form)));

        Assert.Equal("CODE_ALREADY_USED", onOpen.Code);
        Assert.Equal("CODE_ALREADY_USED", onCast.Code);
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
    }

    [Fact]
    public async Task Concurrent_casts_of_one_code_store_exactly_one_ballot()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 1);
        await harness.Campaigns.OpenAsync(campaign.Id);
        var code = slips.Ballots[0].Code.ToString();
        var answers = CampaignHarness.AnswersFor(await harness.Box.OpenAsync(code));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                return (await harness.Box.CastAsync(code, answers)).Accepted ? "accepted" : "refused";
            }
            catch (CampaignProblem problem)
            {
                return problem.Code;
            }
        }));

        Assert.Equal(1, attempts.Count(a => a == "accepted"));
        Assert.All(attempts.Where(a => a != "accepted"), a => Assert.Equal("CODE_ALREADY_USED", a));
        Assert.Equal("1/1", await harness.ScalarAsync<string>("SELECT casts || '/' || sheets FROM box_state WHERE campaign_id = @id", new { id = campaign.Id }));
        Assert.True((await harness.Verifier.VerifyAsync()).IsOk);
    }

    [Fact]
    public async Task Answers_that_fail_validation_are_refused_and_nothing_is_stored()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, peers) = await OpenWithPeersAsync(harness, subjectsPerRater: 2);
        var ballot = peers.Ballots[0];
        var before = await harness.RowsAsync(campaign.Id);
        var outsider = peers.Ballots.SelectMany(b => b.SubjectIds).First(s => !ballot.SubjectIds.Contains(s));

        var missing = await harness.Box.CastAsync(ballot.Code.ToString(), [new Answer("overall", ballot.SubjectIds[0], ["good"]), new Answer("fair-process", null, ["yes"])]);
        var notBound = await harness.Box.CastAsync(ballot.Code.ToString(),
        [
            .. ballot.SubjectIds.Select(s => new Answer("overall", s, ["good"])), new Answer("overall", outsider, ["poor"]), new Answer("fair-process", null, ["yes"]),
        ]);
        var badOption = await harness.Box.CastAsync(ballot.Code.ToString(),
            [.. ballot.SubjectIds.Select(s => new Answer("overall", s, ["excellent"])), new Answer("fair-process", null, ["yes"])]);

        Assert.False(missing.Accepted);
        Assert.Contains(missing.Problems, p => p.ItemKey == "overall" && p.SubjectId == ballot.SubjectIds[1]);
        Assert.False(notBound.Accepted);
        Assert.Contains(notBound.Problems, p => p.SubjectId == outsider);
        Assert.False(badOption.Accepted);
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
    }

    [Fact]
    public async Task Checking_answers_reports_what_casting_would_and_stores_nothing()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, peers) = await OpenWithPeersAsync(harness, subjectsPerRater: 2);
        var ballot = peers.Ballots[0];
        var code = ballot.Code.ToString();
        var before = await harness.RowsAsync(campaign.Id);
        Answer[] incomplete = [new Answer("overall", ballot.SubjectIds[0], ["good"]), new Answer("fair-process", null, ["yes"])];

        var checkedProblems = await harness.Box.CheckAsync(code, incomplete);
        var complete = CampaignHarness.AnswersFor(await harness.Box.OpenAsync(code));
        Assert.Empty(await harness.Box.CheckAsync(code, complete));
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));

        var cast = await harness.Box.CastAsync(code, incomplete);
        Assert.Equal(cast.Problems, checkedProblems);
        Assert.Contains(checkedProblems, p => p.Code == AnswerProblems.Required && p.SubjectId == ballot.SubjectIds[1]);
        Assert.True((await harness.Box.CastAsync(code, complete)).Accepted);
        var spent = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.CheckAsync(code, complete));
        Assert.Equal("CODE_ALREADY_USED", spent.Code);
    }

    [Fact]
    public async Task A_mistyped_or_unknown_code_is_refused_and_a_lowercase_one_is_read()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 1);
        await harness.Campaigns.OpenAsync(campaign.Id);
        var typed = slips.Ballots[0].Code.Canonical;
        var mistyped = typed[..^1] + (typed[^1] == '2' ? '3' : '2');

        var bad = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(mistyped));
        var empty = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync("  "));
        var unknown = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(BallotCode.Generate().ToString()));

        Assert.Equal(("INVALID_CODE", "code"), (bad.Code, bad.Field));
        Assert.Equal("INVALID_CODE", empty.Code);
        Assert.Equal("CODE_NOT_FOUND", unknown.Code);
        Assert.Equal(campaign.Id, (await harness.Box.OpenAsync(typed.ToLowerInvariant())).CampaignId);
    }

    /// <summary>An open campaign of 6 subjects who rate each other, <paramref name="subjectsPerRater"/> each.</summary>
    private static async Task<(Campaign Campaign, IssuedBatch Peers)> OpenWithPeersAsync(CampaignHarness harness, int subjectsPerRater)
    {
        var campaign = await harness.CreateAsync();
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(6));
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("peers")]);
        var peers = await harness.Campaigns.IssueBallotsAsync(campaign.Id,
            new IssueRequest("peers", IssueStrategy.BalancedPeer, SubjectsPerRater: subjectsPerRater));
        return (await harness.Campaigns.OpenAsync(campaign.Id), peers);
    }

    private static Task<long> Count(CampaignHarness harness, string sql, string campaignId) => harness.ScalarAsync<long>(sql, new { id = campaignId });

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
