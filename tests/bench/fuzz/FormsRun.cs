using System.Globalization;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Fuzz;
using Appraisal.Host.Tests.Pages;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Fuzz;

/// <summary>
/// The ballot-form part of the long run, against whatever <c>HttpClient</c> reaches a host (the real process over
/// loopback, or TestServer in-process): opens a campaign of each bundled type, sends the fuzzed inputs, holds the
/// turnout to the ballots seen accepted, and judges the host's memory from RSS samples. Prints a RESULT line;
/// returns 1 when any rule broke.
/// </summary>
internal static class FormsRun
{
    public static async Task<int> RunAsync(string mode, HttpClient http, string adminKey, int seed, long inputs, TimeSpan limit, int workers, int codes, Func<long> rssKib)
    {
        var script = new CampaignScript(new GraphQLClient(http, adminKey), new GraphQLClient(http));
        var campaigns = await FormFuzzCampaigns.OpenAsync(script, new GraphQLClient(http), codes);
        var antiforgery = await Antiforgery.FetchAsync(http, campaigns[0].PeekFresh()!);
        var rss = new List<(long Inputs, long Kib)> { (0, rssKib()) };
        var fuzzer = new FormFuzzer(http, new FormCaseGenerator(campaigns, antiforgery), antiforgery, seed);
        var stats = await fuzzer.RunAsync(inputs, limit, workers, s =>
        {
            var kib = rssKib();
            lock (rss)
            {
                rss.Add((s.Inputs, kib));
            }

            Console.WriteLine($"  … {s.Inputs} inputs, {s.Accepted} accepted, {s.ServerErrors} 5xx, {s.FailureCount} failures, RSS {kib / 1024} MiB");
        }, progressEvery: 2_000);
        rss.Add((stats.Inputs, rssKib()));

        var turnout = await FormFuzzer.CheckTurnoutAsync(campaigns, id => PageCampaigns.ReturnedAsync(script, id));
        using var health = await http.GetAsync(new Uri(http.BaseAddress!, "healthz"));
        var flat = MemoryVerdict.IsFlat(rss.Select(r => r.Kib).ToList(), out var memory);
        Console.WriteLine(stats);
        Console.WriteLine("accepted by campaign: " + string.Join(", ", campaigns.Select(c => $"{c.Name} {c.Accepted}")));
        foreach (var failure in stats.Failures.Concat(turnout))
        {
            Console.WriteLine("FAILURE " + failure);
        }

        Console.WriteLine("RSS (inputs: MiB): " + string.Join(", ", rss.Select(r => $"{r.Inputs}: {r.Kib / 1024}")));
        Console.WriteLine($"memory: {memory}; this process: GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F1} s, {GC.CollectionCount(2)} gen2 collections, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MiB");
        var kinds = string.Join(",", stats.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}:{k.Value}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT {mode} seed={seed} inputs={stats.Inputs} accepted={stats.Accepted} status5xx={stats.ServerErrors} noResponse={stats.NoResponse} "
            + $"toleratedResets={stats.ToleratedResets} notSent={stats.Unsendable} failures={stats.FailureCount + turnout.Count} seconds={stats.Elapsed.TotalSeconds:F1} "
            + $"inputsPerSecond={stats.Inputs / stats.Elapsed.TotalSeconds:F0} healthz={(int)health.StatusCode} memoryFlat={flat} "
            + $"rssStartMiB={rss[0].Kib / 1024} rssPeakMiB={rss.Max(r => r.Kib) / 1024} rssEndMiB={rss[^1].Kib / 1024} kinds={kinds}"));
        return stats.FailureCount == 0 && turnout.Count == 0 && health.IsSuccessStatusCode && flat ? 0 : 1;
    }
}
