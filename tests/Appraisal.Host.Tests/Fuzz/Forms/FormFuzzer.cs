using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Sends fuzzed ballot-form requests (<see cref="FormCaseGenerator"/>) from several workers and judges each answer:
/// a 5xx, no answer at all (unless the body was oversized), or a ballot accepted by a request that held no fresh
/// code of its own is a failure. An accepted ballot spends its code; a refused one gives the code back.
/// <see cref="CheckTurnoutAsync"/> then holds the campaigns' turnout to the ballots seen accepted.
/// </summary>
internal sealed class FormFuzzer(HttpClient client, FormCaseGenerator generator, Antiforgery antiforgery, int seed)
{
    public async Task<FormFuzzStats> RunAsync(long inputs, TimeSpan limit, int workers, Action<FormFuzzStats>? progress = null, long progressEvery = 10_000)
    {
        var stats = new FormFuzzStats();
        var next = -1L;
        var deadline = DateTime.UtcNow + limit;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            long index;
            while ((index = Interlocked.Increment(ref next)) < inputs && DateTime.UtcNow < deadline)
            {
                // Input i of seed s is drawn from (s, i) alone (the code pools aside), so a failure can be replayed.
                var random = new Random(unchecked(seed * 1_000_003 + (int)index));
                var clock = Stopwatch.StartNew();
                var fuzzCase = generator.Create(random);
                stats.Generated(clock.Elapsed);
                await SendAsync(fuzzCase, index, stats);
                if (progress is not null && (index + 1) % progressEvery == 0)
                {
                    progress(stats);
                }
            }
        })));
        stats.Stop();
        return stats;
    }

    private async Task SendAsync(FormCase fuzzCase, long index, FormFuzzStats stats)
    {
        using var request = new HttpRequestMessage(fuzzCase.Method, new Uri(client.BaseAddress!, fuzzCase.Path));
        if (fuzzCase.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzzCase.Body);
            request.Content.Headers.ContentType = null;
            if (fuzzCase.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzzCase.ContentType);
            }
        }

        if (fuzzCase.WithCookie)
        {
            request.Headers.TryAddWithoutValidation("Cookie", antiforgery.Cookie);
        }

        if (fuzzCase.IsGraphQL)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        }

        int status;
        byte[] body;
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync();
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException)
        {
            GiveBack(fuzzCase);
            var tolerated = fuzzCase.MayReset && exception is not TaskCanceledException;
            stats.Unanswered(fuzzCase, tolerated);
            if (!tolerated)
            {
                stats.Fail($"input {index} (seed {seed}): no response ({exception.GetType().Name}: {exception.Message}) to {fuzzCase}");
            }

            return;
        }
        catch (InvalidOperationException exception) when (exception.StackTrace?.Contains("TestHost.ClientHandler", StringComparison.Ordinal) == true
            && exception.StackTrace.Contains("UrlDecoder", StringComparison.Ordinal))
        {
            // In-process only: TestServer's client side cannot put a %00 path into a request (Kestrel answers it 400).
            GiveBack(fuzzCase);
            stats.NotSent(fuzzCase);
            return;
        }

        var accepted = Accepted(fuzzCase, status, body);
        stats.Answered(fuzzCase, status, accepted, clock.Elapsed);
        if (status >= 500)
        {
            stats.Fail($"input {index} (seed {seed}): {status} to {fuzzCase}\n  answer: {Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500))}");
        }

        if (accepted && fuzzCase.Code is { } code)
        {
            fuzzCase.Campaign!.Spend(code);
        }
        else
        {
            GiveBack(fuzzCase);
            if (accepted)
            {
                stats.Fail($"input {index} (seed {seed}): a ballot was accepted from a request that should not cast one: {fuzzCase}");
            }
        }
    }

    /// <summary>The campaigns' turnout must be exactly the ballots the fuzz saw accepted: a refused input stored nothing.</summary>
    public static async Task<IReadOnlyList<string>> CheckTurnoutAsync(IEnumerable<FuzzCampaign> campaigns, Func<string, Task<int>> returned)
    {
        var problems = new List<string>();
        foreach (var campaign in campaigns)
        {
            var count = await returned(campaign.Id);
            if (count != campaign.Accepted)
            {
                problems.Add($"{campaign.Name}: {count} ballots returned, {campaign.Accepted} seen accepted");
            }
        }

        return problems;
    }

    private static void GiveBack(FormCase fuzzCase)
    {
        if (fuzzCase.Code is { } code)
        {
            fuzzCase.Campaign!.GiveBack(code);
        }
    }

    private static bool Accepted(FormCase fuzzCase, int status, byte[] body)
    {
        if (status != 200)
        {
            return false;
        }

        if (!fuzzCase.IsGraphQL)
        {
            return body.AsSpan().IndexOf("id=\"receipt-digest\""u8) >= 0;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("submitBallot", out var result) && result.ValueKind == JsonValueKind.Object
                && result.GetProperty("accepted").GetBoolean();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
