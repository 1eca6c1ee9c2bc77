using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Faults;

/// <summary>
/// Issue 7's crash loop: on one data directory, <see cref="CrashLoopOptions.Cycles"/> times (start the host,
/// cast fresh codes from many voters, kill -9 at a seeded random moment, run <c>verify</c>, read the file), then a
/// last start that resubmits, closes and publishes. It counts acknowledged ballots lost and codes spent without
/// a ballot (both must be 0), and checks every code whose request died with the host: it was either counted
/// (spent, with its ballot) or not at all, and resubmitting it succeeds exactly when it was not.
/// Free of xunit: the quick test and the long run in tests/bench/crash share it.
/// </summary>
internal sealed class CrashLoop(CrashLoopOptions options, Action<string> log)
{
    private const string AdminKey = "crash-loop-admin-key-0123456789";

    private static readonly string[] HostArguments =
    [
        $"--Appraisal:AdminKey={AdminKey}",
        "--Appraisal:RateLimits:PublicPerMinute=100000000", // every voter comes from 127.0.0.1
        "--Appraisal:RateLimits:PublicBurst=10000000",
    ];

    private readonly Dictionary<string, string> _acknowledged = new(StringComparer.Ordinal); // code → receipt digest
    private readonly HashSet<string> _lost = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private Dictionary<string, string?> _inDoubt = new(StringComparer.Ordinal); // code → its state in the file after the kill
    private int _spentInFile;
    private int _inDoubtTotal;
    private int _inDoubtCounted;
    private int _idleKills;
    private long _spentWithoutBallot;

    public async Task<CrashLoopResult> RunAsync(string dataDirectory)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        log($"crash loop: seed {options.Seed}, {options.Cycles} cycles, {options.Voters} voters, {options.CodesPerCycle} fresh codes a cycle");
        string? campaignId = null;
        for (var cycle = 1; cycle <= options.Cycles; cycle++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(
                (int)options.ShortestKillDelay.TotalMilliseconds, (int)options.LongestKillDelay.TotalMilliseconds + 1));
            await using var host = await StartAsync(dataDirectory);
            var script = new CampaignScript(new GraphQLClient(host.Client, AdminKey), new GraphQLClient(host.Client));
            IReadOnlyList<string> codes;
            if (campaignId is null)
            {
                (campaignId, codes) = await AgencyCampaign.OpenAsync(script, options.CodesPerCycle);
            }
            else
            {
                await SettleInDoubtAsync(script, campaignId, $"cycle {cycle}");
                codes = await AgencyCampaign.IssueAsync(script, campaignId, options.CodesPerCycle);
            }

            var crowd = new VoterCrowd(host.BaseAddress, script.Admin, codes, options.Voters);
            await KillMidStreamAsync(host, crowd, delay, cycle);
            await VerifyAsync(dataDirectory, $"cycle {cycle}");
            Inspect(BoxFile.Read(dataDirectory, campaignId), crowd, $"cycle {cycle}");
            log(string.Create(CultureInfo.InvariantCulture,
                $"cycle {cycle}: kill -9 {delay.TotalMilliseconds:F0} ms after the first acknowledgement; {crowd.Acknowledged.Count} acknowledged, " +
                $"{crowd.InDoubt.Count} in doubt ({_inDoubt.Values.Count(s => s == "spent")} counted){(crowd.RanOut ? ", codes ran out first" : "")}; " +
                $"{_acknowledged.Count} acknowledged so far, {_lost.Count} lost, {_problems.Count} problems"));
        }

        if (campaignId is not null)
        {
            await PublishAndCompareAsync(dataDirectory, campaignId);
            await VerifyAsync(dataDirectory, "after publication");
        }

        return new CrashLoopResult(options.Cycles, _acknowledged.Count, _lost.Count, _spentWithoutBallot, _inDoubtTotal, _inDoubtCounted,
            _idleKills, clock.Elapsed, _problems);
    }

    private static async Task<HostProcess> StartAsync(string dataDirectory)
    {
        var host = HostProcess.Start(dataDirectory, HostArguments);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        return host;
    }

    private async Task KillMidStreamAsync(HostProcess host, VoterCrowd crowd, TimeSpan delay, int cycle)
    {
        try
        {
            await crowd.FirstAcknowledgement.WaitAsync(TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException)
        {
            Problem($"cycle {cycle}: no ballot was acknowledged within 90 s");
        }

        await Task.Delay(delay);
        crowd.HostIsBeingKilled();
        await host.KillAsync();
        await crowd.StopAsync();
        foreach (var (code, digest) in crowd.Acknowledged)
        {
            _acknowledged[code] = digest;
        }

        _idleKills += crowd.RanOut ? 1 : 0;
        _inDoubtTotal += crowd.InDoubt.Count;
        foreach (var refusal in crowd.Refused.Take(3))
        {
            Problem($"cycle {cycle}: a fresh code was refused: {refusal}");
        }

        foreach (var error in crowd.FailedRequests.Take(3))
        {
            Problem($"cycle {cycle}: a request failed before the kill: {error}");
        }
    }

    /// <summary>Compares the file of the dead host with what the voters were told.</summary>
    private void Inspect(BoxFile file, VoterCrowd crowd, string when)
    {
        foreach (var (code, digest) in _acknowledged)
        {
            if (file.StateOf(code) != "spent" || !file.ReceiptDigests.Contains(digest))
            {
                if (_lost.Add(code))
                {
                    Problem($"{when}: the acknowledged ballot of {code} (receipt {digest}) is not in the box (code {file.StateOf(code) ?? "unknown"})");
                }
            }
        }

        _spentInFile = file.Spent;
        var withoutBallot = file.Spent - Math.Min(file.ReceiptDigests.Count, file.Casts);
        _spentWithoutBallot = Math.Max(_spentWithoutBallot, withoutBallot);
        if (file.Spent != file.ReceiptDigests.Count || file.Spent != file.Casts)
        {
            Problem($"{when}: {file.Spent} codes spent, {file.ReceiptDigests.Count} receipts, {file.Casts} casts in the box");
        }

        _inDoubt = crowd.InDoubt.ToDictionary(code => code, file.StateOf, StringComparer.Ordinal);
        foreach (var (code, state) in _inDoubt.Where(pair => pair.Value is not ("spent" or "unused")))
        {
            Problem($"{when}: the in-doubt code {code} is {state ?? "unknown"}, neither spent nor unused");
        }
    }

    /// <summary>
    /// After a restart: the turnout counts what the file held, and each code that died with the host is
    /// resubmitted: accepted exactly when the file had it unused, refused as used exactly when it had it spent.
    /// </summary>
    private async Task SettleInDoubtAsync(CampaignScript script, string campaignId, string when)
    {
        var returned = await ReturnedAsync(script, campaignId);
        if (returned != _spentInFile)
        {
            Problem($"{when}: the turnout says {returned} returned, the file had {_spentInFile} codes spent");
        }

        if (returned < _acknowledged.Count)
        {
            Problem($"{when}: the turnout says {returned} returned, but {_acknowledged.Count} ballots were acknowledged");
        }

        var answers = AgencyCampaign.Answers(AgencyCampaign.Agencies, "dissatisfied").ToArray();
        foreach (var (code, state) in _inDoubt)
        {
            var result = await script.SubmitAsync(code, answers);
            var accepted = result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.GetProperty("submitBallot") is { ValueKind: JsonValueKind.Object } submitted && submitted.GetProperty("accepted").GetBoolean();
            if (accepted)
            {
                _acknowledged[code] = data.GetProperty("submitBallot").GetProperty("receipt").GetProperty("digest").GetString()!;
            }

            if (state == "spent")
            {
                _inDoubtCounted++;
            }

            var expected = state == "unused" ? "accepted" : "CODE_ALREADY_USED";
            var got = accepted ? "accepted" : GraphQLClient.ErrorCode(result) ?? result.ToString();
            if (got != expected)
            {
                Problem($"{when}: resubmitting the in-doubt code {code} ({state ?? "unknown"} in the file) gave {got}, expected {expected}");
            }
        }

        _inDoubt = new Dictionary<string, string?>(StringComparer.Ordinal);
    }

    private async Task PublishAndCompareAsync(string dataDirectory, string campaignId)
    {
        await using var host = await StartAsync(dataDirectory);
        var script = new CampaignScript(new GraphQLClient(host.Client, AdminKey), new GraphQLClient(host.Client));
        await SettleInDoubtAsync(script, campaignId, "last start");
        var returned = await ReturnedAsync(script, campaignId);
        await script.TransitionAsync("closeCampaign", campaignId);
        await script.TransitionAsync("publishResults", campaignId);
        var box = (await new GraphQLClient(host.Client).DataAsync(
            "query($id: ID!) { ballotBox(campaignId: $id) { ballotsCast receiptDigests } }", new { id = campaignId })).GetProperty("ballotBox");
        var published = box.GetProperty("receiptDigests").EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, digest) in _acknowledged.Where(pair => !published.Contains(pair.Value)))
        {
            if (_lost.Add(code))
            {
                Problem($"published box: the acknowledged receipt {digest} of {code} is missing");
            }
        }

        var cast = box.GetProperty("ballotsCast").GetInt32();
        if (cast != published.Count || cast != returned)
        {
            Problem($"published box: {cast} ballots cast, {published.Count} receipt digests, {returned} returned in the turnout");
        }

        log($"published: {cast} ballots cast, {published.Count} receipt digests, {returned} returned, {_acknowledged.Count} acknowledged");
    }

    private async Task VerifyAsync(string dataDirectory, string when)
    {
        var (exitCode, output) = await HostCommand.RunAsync("verify", $"--Appraisal:DataDirectory={dataDirectory}", $"--Appraisal:AdminKey={AdminKey}");
        if (exitCode != 0 || !output.Contains("OK:", StringComparison.Ordinal))
        {
            Problem($"{when}: verify exited {exitCode}: {output.Trim()}");
        }
    }

    private static async Task<int> ReturnedAsync(CampaignScript script, string campaignId)
    {
        var data = await script.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id = campaignId });
        return data.GetProperty("campaign").GetProperty("turnout").EnumerateArray().Sum(group => group.GetProperty("returned").GetInt32());
    }

    private void Problem(string problem)
    {
        _problems.Add(problem);
        log("PROBLEM " + problem);
    }
}
