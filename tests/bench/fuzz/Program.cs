using System.Globalization;
using Appraisal.Fuzz;
using Appraisal.GraphQL.Fuzz;
using Appraisal.GraphQL.Utilities;
using Appraisal.Host.Pages.Ballots;
using Appraisal.Host.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

// The long fuzz run's driver (run.sh starts it twice):
//   inproc --seed S --documents N --seconds T --workers W
//   http   --seed S --requests N --seconds T --workers W --url http://127.0.0.1:PORT/ --pid HOSTPID
//   forms-http   --seed S --requests N --seconds T --workers W --codes C --admin-key K --url … --pid HOSTPID
//   forms-inproc --seed S --requests N --seconds T --workers W --codes C --admin-key K (host settings from the
//                environment: Appraisal__DataDirectory, …; see run.sh)
// Prints a summary and exits 1 when anything broke a rule (a throw, a malformed response, a 5xx, no response).
var mode = args.Length > 0 ? args[0] : "inproc";
var options = Options(args.Skip(1).ToArray());
var seed = (int)Number("seed", Random.Shared.Next());
var seconds = Number("seconds", 180);
var workers = (int)Number("workers", Environment.ProcessorCount);
var root = SeedCorpus.FindRepositoryRoot();
var seeds = SeedCorpus.Load(root);
Console.WriteLine($"mode {mode}, seed {seed}, {seeds.Count} seed documents, {workers} workers, at most {seconds} s");

if (mode == "inproc")
{
    var documents = Number("documents", 1_000_000);
    var fuzzer = new InProcessFuzzer(seed, seeds) { MaxSize = 100_000 };
    var stats = await fuzzer.RunAsync(documents, TimeSpan.FromSeconds(seconds), workers,
        s => Console.WriteLine($"  … {s.Documents} documents, {s.FailureCount} failures, managed heap {GC.GetTotalMemory(false) / 1024 / 1024} MiB"));
    Console.WriteLine("time: " + stats.TimeSplit);
    Console.WriteLine("slowest: " + string.Join("; ", stats.Slowest.Select(s => $"#{s.Index} {s.Time.TotalMilliseconds:F0} ms ({s.Length} chars: {s.Start})")));
    foreach (var failure in stats.Failures)
    {
        Console.WriteLine($"FAILURE seed {failure.Seed} document {failure.Index}: {failure.Rule}\n  {failure.Detail}\n  input: {failure.Input}");
    }

    Console.WriteLine($"RESULT inproc seed={seed} documents={stats.Documents} generated={stats.Generated} mutated={stats.Mutated} "
        + $"byteParses={stats.ByteParses} requestErrors={stats.RequestErrors} dataWithErrors={stats.WithFieldErrors} dataOnly={stats.WithData} "
        + $"failures={stats.FailureCount} seconds={stats.Elapsed.TotalSeconds:F1} docsPerSecond={stats.Documents / stats.Elapsed.TotalSeconds:F0} MiB={stats.Bytes / 1024 / 1024}");
    return stats.FailureCount == 0 ? 0 : 1;
}

if (mode == "http")
{
    var url = new Uri(options.GetValueOrDefault("url") ?? throw new ArgumentException("--url is required"));
    var pid = (int)Number("pid", 0);
    var requests = Number("requests", 200_000);
    // The product schema as the host builds it (its SDL is split over several files now, as the host tests read it).
    var schema = root is null ? FuzzSchema.Schema : new SchemaBuilder().AddSdl(RepositoryPaths.ProductSchemaSdl()).Build();
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    var rss = new List<(long Requests, long Kib)> { (0, Rss(pid)) };
    var fuzzer = new HttpFuzzer(client, url, new HttpCaseGenerator(schema, seeds), seed);
    var stats = await fuzzer.RunAsync(requests, TimeSpan.FromSeconds(seconds), workers, s =>
    {
        var kib = Rss(pid);
        lock (rss)
        {
            rss.Add((s.Requests, kib));
        }

        Console.WriteLine($"  … {s.Requests} requests, {s.ServerErrors} 5xx, {s.TransportErrors} without response, host RSS {kib / 1024} MiB");
    });
    rss.Add((stats.Requests, Rss(pid)));
    using var health = await client.GetAsync(new Uri(url, "healthz"));
    var alive = pid == 0 || File.Exists($"/proc/{pid}/status");
    Console.WriteLine(stats);
    Console.WriteLine("by kind: " + string.Join(", ", stats.ByKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
    foreach (var failure in stats.Failures)
    {
        Console.WriteLine("FAILURE " + failure);
    }

    var middle = rss[rss.Count / 2];
    Console.WriteLine("host RSS (requests: MiB): " + string.Join(", ", rss.Select(r => $"{r.Requests}: {r.Kib / 1024}")));
    Console.WriteLine($"RESULT http seed={seed} requests={stats.Requests} status5xx={stats.ServerErrors} noResponse={stats.TransportErrors} "
        + $"toleratedResets={stats.ToleratedResets} badBodies={stats.BadBodies} seconds={stats.Elapsed.TotalSeconds:F1} "
        + $"requestsPerSecond={stats.Requests / stats.Elapsed.TotalSeconds:F0} healthz={(int)health.StatusCode} hostAlive={alive} "
        + $"rssStartMiB={rss[0].Kib / 1024} rssMiddleMiB={middle.Kib / 1024} rssEndMiB={rss[^1].Kib / 1024} rssMaxMiB={rss.Max(r => r.Kib) / 1024}");
    return stats.FailureCount == 0 && health.IsSuccessStatusCode && alive ? 0 : 1;
}

if (mode is "forms-http" or "forms-inproc")
{
    var inputs = Number("requests", 100_000);
    var codes = (int)Number("codes", 2_000);
    var adminKey = options.GetValueOrDefault("admin-key") ?? throw new ArgumentException("--admin-key is required");
    if (mode == "forms-http")
    {
        var pid = (int)Number("pid", 0);
        // No cookie jar and no redirects followed: each fuzzed case decides whether the antiforgery cookie goes along.
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(options.GetValueOrDefault("url") ?? throw new ArgumentException("--url is required")), Timeout = TimeSpan.FromSeconds(60) };
        return await FormsRun.RunAsync(mode, client, adminKey, seed, inputs, TimeSpan.FromSeconds(seconds), workers, codes, () => Rss(pid));
    }

    // The whole host in this process, requests through TestServer: the same pipeline without sockets.
    await using var factory = new WebApplicationFactory<BallotFields>();
    using var inProcess = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
    return await FormsRun.RunAsync(mode, inProcess, adminKey, seed, inputs, TimeSpan.FromSeconds(seconds), workers, codes, () => Rss(Environment.ProcessId));
}

Console.Error.WriteLine("usage: Appraisal.Fuzz inproc|http|forms-http|forms-inproc [--seed S] [--seconds T] [--workers W] [--documents N | --requests N --url U --pid P]");
return 2;

long Number(string name, long fallback) =>
    options.TryGetValue(name, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

static Dictionary<string, string> Options(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }

    return options;
}

// Resident set size of a process in KiB (0 when unknown).
static long Rss(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return 0;
    }
}
