using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tally;

/// <summary>
/// Stored sheets copied out of the database, up to about 256 KB of them, each with the number of its rater group. A
/// tally counts them (<see cref="BoxCounter"/>) and keeps them, compact as they are, in case an aggregator asks
/// for the ballots themselves (<see cref="StoredBallots"/>).
/// </summary>
internal sealed class SheetBatch
{
    private const int Capacity = 256 * 1024;

    private readonly List<(int Group, int End)> _sheets = new(1024);
    private byte[] _bytes = new byte[Capacity];
    private int _used;

    public int Count => _sheets.Count;

    /// <summary>Copies a sheet in; false when it does not fit (a batch always takes its first sheet).</summary>
    public bool TryAdd(int group, ReadOnlySpan<byte> sheet)
    {
        if (_used + sheet.Length > _bytes.Length)
        {
            if (_sheets.Count > 0)
            {
                return false;
            }

            _bytes = new byte[sheet.Length];
        }

        sheet.CopyTo(_bytes.AsSpan(_used));
        _used += sheet.Length;
        _sheets.Add((group, _used));
        return true;
    }

    /// <summary>The stored bytes of sheet <paramref name="index"/>, and its group number.</summary>
    public ReadOnlySpan<byte> Sheet(int index, out int group)
    {
        var start = index == 0 ? 0 : _sheets[index - 1].End;
        (group, var end) = _sheets[index];
        return _bytes.AsSpan(start, end - start);
    }

    /// <summary>Counts every sheet of the batch into <paramref name="counter"/>.</summary>
    public void CountInto(BoxCounter counter, StringPool pool)
    {
        for (var i = 0; i < _sheets.Count; i++)
        {
            var sheet = Sheet(i, out var group);
            counter.Count(group, sheet, pool);
        }
    }
}
