using System.Collections.Concurrent;
using System.Diagnostics;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>Counts of one HTTP fuzz run.</summary>
internal sealed class HttpFuzzStats
{
    private long _requests;
    private long _serverErrors;
    private long _transportErrors;
    private long _tolerated;
    private long _badBodies;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>5xx responses.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>Requests that got no response (timeout, reset) where one was due.</summary>
    public long TransportErrors => Interlocked.Read(ref _transportErrors);

    /// <summary>Oversized bodies the server answered by closing the connection (allowed).</summary>
    public long ToleratedResets => Interlocked.Read(ref _tolerated);

    /// <summary>JSON responses that are not GraphQL responses.</summary>
    public long BadBodies => Interlocked.Read(ref _badBodies);

    public ConcurrentDictionary<int, long> ByStatus { get; } = new();

    public ConcurrentDictionary<string, long> ByKind { get; } = new();

    public ConcurrentQueue<string> Failures { get; } = new();

    public TimeSpan Elapsed { get; set; }

    public long FailureCount => ServerErrors + TransportErrors + BadBodies;

    internal void Count(HttpCase fuzzCase, int status)
    {
        Interlocked.Increment(ref _requests);
        ByStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        ByKind.AddOrUpdate(fuzzCase.Kind, 1, (_, n) => n + 1);
        if (status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
    }

    internal void CountTransport(bool tolerated)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref tolerated ? ref _tolerated : ref _transportErrors);
    }

    internal void CountBadBody() => Interlocked.Increment(ref _badBodies);

    public override string ToString() =>
        $"{Requests} requests in {Elapsed.TotalSeconds:F1} s; statuses: {string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; "
        + $"5xx: {ServerErrors}; no response: {TransportErrors} (+{ToleratedResets} resets after an oversized body); malformed GraphQL bodies: {BadBodies}";
}

/// <summary>
/// Sends <see cref="HttpCaseGenerator"/> requests with a few concurrent workers and checks each answer: no 5xx, a
/// response to every request (an oversized body may be cut off instead), and a GraphQL response in every JSON body.
/// Request <c>i</c> of seed <c>s</c> is rebuilt from <c>(s, i)</c> alone.
/// </summary>
internal sealed class HttpFuzzer(HttpClient client, Uri baseAddress, HttpCaseGenerator generator, int seed)
{
    public int MaxFailures { get; init; } = 20;

    public async Task<HttpFuzzStats> RunAsync(long requests, TimeSpan limit, int workers, Action<HttpFuzzStats>? progress = null, long progressEvery = 10_000)
    {
        var stats = new HttpFuzzStats();
        var clock = Stopwatch.StartNew();
        long next = -1;
        var tasks = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Task.Run(async () =>
        {
            long index;
            while ((index = Interlocked.Increment(ref next)) < requests && clock.Elapsed < limit)
            {
                await SendOneAsync(index, stats);
                if (progress is not null && index % progressEvery == 0 && index > 0)
                {
                    progress(stats);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        stats.Elapsed = clock.Elapsed;
        return stats;
    }

    private async Task SendOneAsync(long index, HttpFuzzStats stats)
    {
        var fuzzCase = generator.Next(InProcessFuzzer.RandomFor(seed, index));
        HttpRequestMessage request;
        try
        {
            request = fuzzCase.ToRequest(baseAddress);
        }
        catch (UriFormatException)
        {
            return; // not a request a client can send
        }

        using (request)
        {
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var status = (int)response.StatusCode;
                stats.Count(fuzzCase, status);
                if (status >= 500)
                {
                    Fail(stats, index, fuzzCase, $"{status}: {await response.Content.ReadAsStringAsync()}");
                    return;
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (fuzzCase.Method != "HEAD" && mediaType is "application/json" or "application/graphql-response+json"
                    && InProcessFuzzer.JsonShapeProblem(await response.Content.ReadAsStringAsync()) is { } problem)
                {
                    stats.CountBadBody();
                    Fail(stats, index, fuzzCase, $"{status}: {problem}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                stats.CountTransport(fuzzCase.MayReset && exception is not TaskCanceledException);
                if (!fuzzCase.MayReset || exception is TaskCanceledException)
                {
                    Fail(stats, index, fuzzCase, "no response: " + exception.GetType().Name + ": " + exception.Message);
                }
            }
        }
    }

    private void Fail(HttpFuzzStats stats, long index, HttpCase fuzzCase, string detail)
    {
        if (stats.Failures.Count < MaxFailures)
        {
            stats.Failures.Enqueue($"seed {seed} request {index}: {detail}\n  {fuzzCase}");
        }
    }
}
