using System.Diagnostics;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Storage;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// Two hosts on one PostgreSQL database: two <see cref="PostgresDatabase"/> instances, each with its own writer, each
/// behind its own <see cref="BallotBox"/>. Exactly-once spending and the receipt chain must hold across them.
/// </summary>
public sealed class TwoHostCastingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_hundred_concurrent_submissions_of_one_code_through_two_hosts_accept_exactly_one()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: "postgres");
        var second = await harness.Backend.OpenAsync();
        BallotBox[] hosts = [harness.Box, new BallotBox(second, harness.Catalog, harness.Clock)];
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 1);
        await harness.Campaigns.OpenAsync(campaign.Id);
        var code = slips.Ballots[0].Code.ToString();
        var answers = CampaignHarness.AnswersFor(await harness.Box.OpenAsync(code));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = Enumerable.Range(0, 100).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                return (await hosts[i % 2].CastAsync(code, answers)).Accepted ? "accepted" : "refused";
            }
            catch (CampaignProblem problem)
            {
                return problem.Code;
            }
        })).ToArray();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(o => o == "accepted"));
        Assert.All(outcomes.Where(o => o != "accepted"), o => Assert.Equal("CODE_ALREADY_USED", o));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM receipts WHERE campaign_id = @id", new { id = campaign.Id }));
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT spent FROM code_counts WHERE campaign_id = @id", new { id = campaign.Id }));
        Assert.True((await harness.Verifier.VerifyAsync()).IsOk);
    }

    [Fact]
    public async Task Two_thousand_casts_through_two_hosts_at_once_keep_one_chain_and_exact_counts()
    {
        const int ballots = 2_000;
        await using var harness = await CampaignHarness.StartAsync(output, provider: "postgres");
        var second = (PostgresDatabase)await harness.Backend.OpenAsync();
        var first = (PostgresDatabase)harness.Database;
        BallotBox[] hosts = [harness.Box, new BallotBox(second, harness.Catalog, harness.Clock)];
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: ballots);
        await harness.Campaigns.OpenAsync(campaign.Id);
        var answers = CampaignHarness.AnswersFor(await harness.Box.OpenAsync(slips.Ballots[0].Code.ToString()));
        var next = -1;

        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, 32).Select(worker => Task.Run(async () =>
        {
            var receipts = new List<BallotReceipt>();
            for (var i = Interlocked.Increment(ref next); i < ballots; i = Interlocked.Increment(ref next))
            {
                var outcome = await hosts[worker % 2].CastAsync(slips.Ballots[i].Code.ToString(), answers);
                Assert.True(outcome.Accepted);
                receipts.Add(outcome.Receipt!);
            }

            return receipts;
        })).ToArray();
        var receipts = (await Task.WhenAll(workers)).SelectMany(list => list).ToArray();
        clock.Stop();
        output.WriteLine($"{ballots} casts through two hosts in {clock.ElapsedMilliseconds} ms " +
            $"({ballots * 1000.0 / clock.ElapsedMilliseconds:F0}/s); batches {first.Writer.BatchesCommitted} + {second.Writer.BatchesCommitted}, " +
            $"retried {first.Writer.WritesRetried} + {second.Writer.WritesRetried}");

        var verification = await harness.Verifier.VerifyAsync();
        Assert.True(verification.IsOk, string.Join("\n", verification.Problems));
        Assert.Equal(ballots, verification.BallotsCast);
        Assert.Equal(Enumerable.Range(1, ballots).Select(seq => (long)seq), receipts.Select(r => r.Position).Order());
        Assert.Equal(ballots, await harness.ScalarAsync<long>("SELECT spent FROM code_counts WHERE campaign_id = @id", new { id = campaign.Id }));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM ballot_codes WHERE campaign_id = @id AND state = 'unused'", new { id = campaign.Id }));
        Assert.True(first.Writer.WritesCommitted > 0 && second.Writer.WritesCommitted > 0, "both hosts wrote");

        // The receipt with the highest position carries the box's head: the chain runs through both hosts' casts.
        var last = receipts.MaxBy(r => r.Position)!;
        Assert.Equal(last.ChainHead, Convert.ToHexStringLower(await harness.ScalarAsync<byte[]>(
            "SELECT head FROM box_state WHERE campaign_id = @id", new { id = campaign.Id })));
    }
}
