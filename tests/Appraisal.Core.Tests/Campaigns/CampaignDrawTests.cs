using System.Security.Cryptography;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Distribution;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// Issuing codes by draw: the balanced peer draw's guarantees on a realistic branch, the seed commitment that is
/// published at issue, kept secret while the campaign runs and revealed at close, and the replay that reproduces
/// each draw from its stored parameters and revealed seed.
/// </summary>
public abstract class CampaignDrawTests(ITestOutputHelper output, string provider)
{
    private const int Members = 200;
    private const int Offices = 20;
    private const int PerRater = 10;

    [Fact]
    public async Task Balanced_peer_draw_is_balanced_excludes_self_and_office_and_replays_after_close()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        var subjects = CampaignHarness.Subjects(Members, i => $"office-{i % Offices:00}");
        var officeOf = subjects.ToDictionary(s => s.Id, s => s.Attributes["office"]);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, subjects);
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("peers")]);

        var batch = await harness.Campaigns.IssueBallotsAsync(campaign.Id,
            new IssueRequest("peers", IssueStrategy.BalancedPeer, SubjectsPerRater: PerRater, ExclusionAttribute: "office"));

        Assert.Equal(1, batch.DrawNo);
        Assert.Equal(subjects.Select(s => s.Id).Order(StringComparer.Ordinal), batch.Ballots.Select(b => b.RaterId!).Order(StringComparer.Ordinal));
        Assert.All(batch.Ballots, b =>
        {
            Assert.Equal("peers", b.GroupKey);
            Assert.Equal(PerRater, b.SubjectIds.Distinct().Count());
            Assert.DoesNotContain(b.RaterId, b.SubjectIds);
            Assert.DoesNotContain(b.SubjectIds, s => officeOf[s] == officeOf[b.RaterId!]);
        });
        var ratersPerSubject = batch.Ballots.SelectMany(b => b.SubjectIds).CountBy(s => s).ToDictionary();
        var mean = (double)Members * PerRater / Members;
        Assert.Equal(Members, ratersPerSubject.Count);
        Assert.All(ratersPerSubject.Values, n => Assert.InRange(n, mean - 1, mean + 1));
        Assert.Equal(batch.Ballots.Select(b => b.Code.LookupKey).Distinct().Count(), batch.Ballots.Count);

        // Each code is stored by its hash only, with the subjects it is bound to.
        var stored = (await harness.QueryAsync<(string LookupKey, string SubjectIds)>(
            "SELECT lookup_key, subject_ids FROM ballot_codes WHERE campaign_id = @id", new { id = campaign.Id })).ToDictionary(r => r.LookupKey, r => r.SubjectIds);
        Assert.All(batch.Ballots, b => Assert.Equal(
            b.SubjectIds, System.Text.Json.JsonSerializer.Deserialize<string[]>(stored[b.Code.LookupKey])));

        // Before close: the commitment is published, the seed is not.
        var pending = Assert.Single(await harness.Store.DrawsAsync(campaign.Id));
        Assert.Equal(batch.Commitment, pending.Commitment);
        Assert.Null(pending.RevealedSeed);
        Assert.Equal(Members, pending.CodeCount);
        Assert.Throws<InvalidOperationException>(() => DrawReplay.Run(pending));

        await harness.Campaigns.OpenAsync(campaign.Id);
        Assert.Null(Assert.Single(await harness.Store.DrawsAsync(campaign.Id)).RevealedSeed);
        await harness.Campaigns.CloseAsync(campaign.Id);

        var revealed = Assert.Single(await harness.Store.DrawsAsync(campaign.Id));
        Assert.NotNull(revealed.RevealedSeed);
        Assert.Equal(batch.Commitment, Sha256Hex(revealed.RevealedSeed));
        var replay = DrawReplay.Run(revealed);
        Assert.Equal(
            batch.Ballots.Select(b => (b.RaterId, string.Join(",", b.SubjectIds))),
            replay.Select(r => ((string?)r.Rater, string.Join(",", r.Subjects))));
    }

    [Fact]
    public async Task Stratified_sample_and_slips_replay_from_their_revealed_seeds()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(3));
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("public"), CampaignHarness.Group("guests")]);
        RosterEntry[] roster =
        [
            .. Enumerable.Range(1, 150).Select(i => new RosterEntry($"a{i}", "street-a")),
            .. Enumerable.Range(1, 100).Select(i => new RosterEntry($"b{i}", "street-b")),
            .. Enumerable.Range(1, 50).Select(i => new RosterEntry($"c{i}", "street-c")),
        ];

        var sample = await harness.Campaigns.IssueBallotsAsync(campaign.Id,
            new IssueRequest("public", IssueStrategy.StratifiedSample, Roster: roster, SampleSize: 30));
        var slips = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("guests", IssueStrategy.Slips, Count: 25));

        Assert.Equal((1, 2), (sample.DrawNo, slips.DrawNo));
        Assert.NotEqual(sample.Commitment, slips.Commitment);
        var strata = roster.ToDictionary(e => e.Id, e => e.Stratum);
        Assert.Equal(
            new Dictionary<string, int> { ["street-a"] = 15, ["street-b"] = 10, ["street-c"] = 5 },
            sample.Ballots.CountBy(b => strata[b.RaterId!]).ToDictionary());
        Assert.Equal(30, sample.Ballots.Select(b => b.RaterId).Distinct().Count());
        Assert.All(sample.Ballots.Concat(slips.Ballots), b => Assert.Empty(b.SubjectIds));
        Assert.All(slips.Ballots, b => Assert.Null(b.RaterId));
        Assert.Equal(55, await harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM ballot_codes WHERE campaign_id = @id AND subject_ids IS NULL", new { id = campaign.Id }));
        Assert.All(await harness.Store.DrawsAsync(campaign.Id), d => Assert.Null(d.RevealedSeed));

        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.Campaigns.CloseAsync(campaign.Id);
        var draws = await harness.Store.DrawsAsync(campaign.Id);

        Assert.Equal([(1, "public", "StratifiedSample", 30), (2, "guests", "Slips", 25)], draws.Select(d => (d.DrawNo, d.GroupKey, d.Strategy, d.CodeCount)));
        Assert.All(draws, d => Assert.Equal(d.Commitment, Sha256Hex(d.RevealedSeed!)));
        Assert.Equal(sample.Commitment, draws[0].Commitment);
        Assert.Equal(slips.Commitment, draws[1].Commitment);
        Assert.Equal(sample.Ballots.Select(b => b.RaterId), DrawReplay.Run(draws[0]).Select(r => (string?)r.Rater));
        var slipOrder = DrawReplay.Run(draws[1]).Select(r => r.Rater).ToArray();
        Assert.Equal(slips.Ballots.Count, slipOrder.Length);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), slipOrder.Order());
    }

    [Fact]
    public async Task A_seed_that_does_not_match_its_commitment_does_not_replay()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, _) = await harness.DraftWithSlipsAsync(codes: 4);
        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.Campaigns.CloseAsync(campaign.Id);
        var draw = Assert.Single(await harness.Store.DrawsAsync(campaign.Id));

        var forged = draw with { RevealedSeed = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(DrawSeed.Length)) };

        Assert.Equal(4, DrawReplay.Run(draw).Count);
        Assert.Throws<InvalidOperationException>(() => DrawReplay.Run(forged));
    }

    [Fact]
    public async Task An_infeasible_or_unknown_group_draw_is_refused_and_stores_nothing()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync();
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(4, i => i <= 2 ? "x" : "y"));
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("peers")]);
        var before = await harness.RowsAsync(campaign.Id);

        // Each subject may rate only the two of the other office: three per rater cannot be met.
        var infeasible = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.IssueBallotsAsync(campaign.Id,
            new IssueRequest("peers", IssueStrategy.BalancedPeer, SubjectsPerRater: 3, ExclusionAttribute: "office")));
        var unknownGroup = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.IssueBallotsAsync(campaign.Id,
            new IssueRequest("nobody", IssueStrategy.Slips, Count: 2)));
        var tooMany = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.IssueBallotsAsync(campaign.Id,
            new IssueRequest("peers", IssueStrategy.BalancedPeer, SubjectsPerRater: 5)));

        Assert.Equal(("INVALID_INPUT", "subjectsPerRater"), (infeasible.Code, infeasible.Field));
        Assert.Equal(("INVALID_INPUT", "groupKey"), (unknownGroup.Code, unknownGroup.Field));
        Assert.Equal(("INVALID_INPUT", "subjectsPerRater"), (tooMany.Code, tooMany.Field));
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
    }

    private static string Sha256Hex(string hex) => Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(hex)));
}
