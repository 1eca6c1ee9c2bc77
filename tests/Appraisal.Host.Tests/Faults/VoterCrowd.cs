using System.Collections.Concurrent;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Faults;

/// <summary>
/// Voters casting fresh codes, each on a connection of its own, until they are stopped or the host dies under
/// them. Every code handed out ends in exactly one of: acknowledged (with its receipt digest), refused with an
/// answer, or in doubt (sent, but no answer came: the host may or may not have counted it).
/// </summary>
internal sealed class VoterCrowd
{
    private readonly ConcurrentDictionary<string, string> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _inDoubt = [];
    private readonly ConcurrentBag<string> _refused = [];
    private readonly ConcurrentBag<string> _failedRequests = [];
    private readonly TaskCompletionSource _firstAcknowledgement = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _codes;
    private readonly Task[] _voters;
    private int _ranOut;
    private int _hostKilled;

    public VoterCrowd(Uri host, GraphQLClient admin, IEnumerable<string> codes, int voters)
    {
        _codes = new ConcurrentQueue<string>(codes);
        _voters = [.. Enumerable.Range(0, voters).Select(_ => Task.Run(() => VoteAsync(host, admin)))];
    }

    /// <summary>Code → receipt digest of every ballot the host acknowledged.</summary>
    public IReadOnlyDictionary<string, string> Acknowledged => _acknowledged;

    /// <summary>Codes sent without an answer: the host died (or the request failed) while they were on the way.</summary>
    public IReadOnlyCollection<string> InDoubt => _inDoubt;

    /// <summary>Fresh codes the host answered without accepting them ("code: reason"); a fault when not empty.</summary>
    public IReadOnlyCollection<string> Refused => _refused;

    /// <summary>Requests that failed while the host was meant to be alive; a fault when not empty.</summary>
    public IReadOnlyCollection<string> FailedRequests => _failedRequests;

    /// <summary>True when a voter found no code left: the host was idle for a while (when it died, or under a swap).</summary>
    public bool RanOut => Volatile.Read(ref _ranOut) != 0;

    /// <summary>Codes not handed out yet.</summary>
    public int Remaining => _codes.Count;

    /// <summary>Hands the voters more fresh codes (issued while the campaign is open), to keep the load up.</summary>
    public void Add(IEnumerable<string> codes)
    {
        foreach (var code in codes)
        {
            _codes.Enqueue(code);
        }
    }

    /// <summary>Completes when the first ballot is acknowledged: from then on the host is busy casting.</summary>
    public Task FirstAcknowledgement => _firstAcknowledgement.Task;

    /// <summary>Says that the host is about to be killed: failures from now on are the kill's, not faults.</summary>
    public void HostIsBeingKilled() => Volatile.Write(ref _hostKilled, 1);

    /// <summary>Stops handing out codes and waits for every voter's last request to end.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_voters);
        _stop.Dispose();
    }

    private async Task VoteAsync(Uri host, GraphQLClient admin)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromSeconds(60) };
        var voter = new CampaignScript(admin, new GraphQLClient(http));
        var answers = AgencyCampaign.Answers(AgencyCampaign.Agencies, "satisfied").ToArray();
        while (!_stop.IsCancellationRequested)
        {
            if (!_codes.TryDequeue(out var code))
            {
                // Idle until more codes come or the crowd is stopped.
                Volatile.Write(ref _ranOut, 1);
                await Task.Delay(10);
                continue;
            }

            JsonElement result;
            try
            {
                result = await voter.SubmitAsync(code, answers);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or IOException)
            {
                _inDoubt.Add(code);
                if (Volatile.Read(ref _hostKilled) == 0)
                {
                    _failedRequests.Add($"{code}: {exception.GetType().Name}: {exception.Message}");
                }

                // This voter's connection is gone; a dead host would only fail the next code too.
                return;
            }

            if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.GetProperty("submitBallot") is { ValueKind: JsonValueKind.Object } submitted
                && submitted.GetProperty("accepted").GetBoolean())
            {
                _acknowledged[code] = submitted.GetProperty("receipt").GetProperty("digest").GetString()!;
                _firstAcknowledgement.TrySetResult();
            }
            else
            {
                _refused.Add($"{code}: {result}");
            }
        }
    }
}
