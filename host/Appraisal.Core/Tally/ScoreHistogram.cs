using System.Runtime.InteropServices;

namespace Appraisal.Core.Tally;

/// <summary>How many sheets gave each score number (<see cref="CountingPlan"/>) for one group and subject.</summary>
internal sealed class ScoreHistogram(long numbers)
{
    private readonly int[]? _dense = numbers <= CountingPlan.DenseScoreLimit ? new int[numbers] : null;
    private readonly Dictionary<long, int>? _sparse = numbers <= CountingPlan.DenseScoreLimit ? null : [];

    public void Add(long number, int sheets = 1)
    {
        if (_dense is not null)
        {
            _dense[number] += sheets;
        }
        else
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_sparse!, number, out _) += sheets;
        }
    }

    public void Merge(ScoreHistogram other)
    {
        foreach (var (number, sheets) in other.Entries())
        {
            Add(number, sheets);
        }
    }

    /// <summary>Every number given by at least one sheet, ascending for the plain array.</summary>
    public IEnumerable<(long Number, int Sheets)> Entries()
    {
        if (_dense is not null)
        {
            for (var n = 0; n < _dense.Length; n++)
            {
                if (_dense[n] > 0)
                {
                    yield return (n, _dense[n]);
                }
            }
        }
        else
        {
            foreach (var (number, sheets) in _sparse!)
            {
                yield return (number, sheets);
            }
        }
    }
}
