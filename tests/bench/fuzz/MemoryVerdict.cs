namespace Appraisal.Fuzz;

/// <summary>
/// Whether a process's memory stayed flat over a run, from RSS samples taken at even steps of input. Warm-up (JIT,
/// caches, the GC sizing its heaps) happens in the first half, so growth is judged in the second: the highest
/// sample of the second half may exceed the first half's highest by at most 25 % + 64 MiB. Memory that grows with
/// the number of inputs keeps climbing through the second half and breaks that; a GC that has settled does not.
/// </summary>
internal static class MemoryVerdict
{
    public static bool IsFlat(IReadOnlyList<long> samplesKib, out string reason)
    {
        if (samplesKib.Count < 4)
        {
            reason = $"too few samples ({samplesKib.Count}) to judge";
            return true;
        }

        var half = samplesKib.Count / 2;
        var first = samplesKib.Take(half).Max();
        var second = samplesKib.Skip(half).Max();
        var allowed = first * 5 / 4 + 64 * 1024;
        reason = $"first half peak {first / 1024} MiB, second half peak {second / 1024} MiB, allowed {allowed / 1024} MiB";
        return second <= allowed;
    }
}
