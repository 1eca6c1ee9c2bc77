using System.Collections;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Tally;

/// <summary>
/// A box's ballots as <see cref="Appraisal.PluginApi.Reports.AggregationInput.Ballots"/> hands them to an aggregator:
/// the count is known at once, and the sheets are decoded (in parallel, once) only when an aggregator first reads a
/// ballot. An aggregator working from the profiles never does, and then a tally decodes nothing but the distinct
/// profiles. The sheets stay in their stored (random) order.
/// </summary>
internal sealed class StoredBallots : IReadOnlyList<AnonymousBallot>
{
    private readonly Lazy<AnonymousBallot[]> _ballots;

    public StoredBallots(IReadOnlyList<SheetBatch> batches, IReadOnlyList<string> groups, SheetKeys keys)
    {
        Count = batches.Sum(b => b.Count);
        _ballots = new(() => Decode(batches, groups, keys), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int Count { get; }

    public AnonymousBallot this[int index] => _ballots.Value[index];

    public IEnumerator<AnonymousBallot> GetEnumerator() => ((IEnumerable<AnonymousBallot>)_ballots.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static AnonymousBallot[] Decode(IReadOnlyList<SheetBatch> batches, IReadOnlyList<string> groups, SheetKeys keys)
    {
        var starts = new int[batches.Count];
        for (var b = 1; b < batches.Count; b++)
        {
            starts[b] = starts[b - 1] + batches[b - 1].Count;
        }

        var ballots = new AnonymousBallot[starts.Length == 0 ? 0 : starts[^1] + batches[^1].Count];
        Parallel.For(
            0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new StringPool(),
            (b, _, pool) =>
            {
                var batch = batches[b];
                for (var i = 0; i < batch.Count; i++)
                {
                    var sheet = batch.Sheet(i, out var group);
                    ballots[starts[b] + i] = new AnonymousBallot(groups[group], SheetStorage.Decode(sheet, keys, pool));
                }

                return pool;
            },
            _ => { });
        return ballots;
    }
}
