using System.Collections.Concurrent;
using System.Diagnostics;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>What a ballot-form fuzz run saw: inputs by kind, answers by status, accepted ballots and every failure.</summary>
internal sealed class FormFuzzStats
{
    private const int KeptFailures = 20;
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, long> _statuses = new();
    private readonly ConcurrentDictionary<string, long> _kindTicks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public long Inputs => Total(nameof(Inputs));

    public long ServerErrors => Total(nameof(ServerErrors));

    /// <summary>Inputs that got no answer (timeout, reset) where one was due.</summary>
    public long NoResponse => Total(nameof(NoResponse));

    /// <summary>Oversized bodies the server answered by closing the connection (allowed).</summary>
    public long ToleratedResets => Total(nameof(ToleratedResets));

    public long Accepted => Total(nameof(Accepted));

    /// <summary>Inputs the in-process client could not form into a request (a NUL in the path), so never sent.</summary>
    public long Unsendable => Total(nameof(Unsendable));

    public long FailureCount => Total(nameof(FailureCount));

    public IReadOnlyCollection<string> Failures => _failures;

    public IReadOnlyDictionary<string, long> ByKind => _kinds;

    public TimeSpan Elapsed { get; private set; }

    public void Answered(FormCase fuzzCase, int status, bool accepted, TimeSpan took)
    {
        Count(fuzzCase);
        Add(_kindTicks, fuzzCase.Kind, took.Ticks);
        Add(_statuses, status, 1);
        Add(_totals, nameof(Accepted), accepted ? 1 : 0);
        Add(_totals, nameof(ServerErrors), status >= 500 ? 1 : 0);
    }

    public void Unanswered(FormCase fuzzCase, bool tolerated)
    {
        Count(fuzzCase);
        Add(_totals, tolerated ? nameof(ToleratedResets) : nameof(NoResponse), 1);
    }

    /// <summary>Time spent making the inputs, shown beside the time the host took to answer them.</summary>
    public void Generated(TimeSpan took) => Add(_kindTicks, "(generating)", took.Ticks);

    public void NotSent(FormCase fuzzCase)
    {
        Add(_kinds, fuzzCase.Kind + "-unsendable", 1);
        Add(_totals, nameof(Unsendable), 1);
    }

    public void Fail(string failure)
    {
        if (Add(_totals, nameof(FailureCount), 1) <= KeptFailures)
        {
            _failures.Enqueue(failure);
        }
    }

    public void Stop() => Elapsed = _clock.Elapsed;

    public override string ToString() =>
        $"{Inputs} inputs in {Elapsed.TotalSeconds:F1} s; accepted ballots {Accepted}; 5xx {ServerErrors}; no response {NoResponse} (+{ToleratedResets} resets after an oversized body); failures {FailureCount}\n"
        + "by kind: " + string.Join(", ", _kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")) + "\n"
        + "time by kind (s): " + string.Join(", ", _kindTicks.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {TimeSpan.FromTicks(k.Value).TotalSeconds:F1}")) + "\n"
        + "by status: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));

    private long Total(string name) => _totals.GetValueOrDefault(name);

    private void Count(FormCase fuzzCase)
    {
        Add(_totals, nameof(Inputs), 1);
        Add(_kinds, fuzzCase.Kind, 1);
    }

    private static long Add<TKey>(ConcurrentDictionary<TKey, long> counts, TKey key, long amount)
        where TKey : notnull => counts.AddOrUpdate(key, amount, (_, n) => n + amount);
}
