namespace Appraisal.Core.Distribution;

public static partial class BalancedPeerAssignment
{
    /// <summary>
    /// Evens out what the greedy pass left uneven because of exclusions: the subjects a rater had to skip stay
    /// least-rated, and near the end too few unconstrained raters may remain to catch them up.
    /// </summary>
    /// <remarks>
    /// Deterministic, no randomness: repeatedly take the least-rated subject (lowest count, then lowest index) and the
    /// most-rated subjects with at least two more raters (highest count, then lowest index); move one rating from a
    /// rater of the fuller subject (in rater index order) who may rate the emptier one and does not already. Stops when
    /// counts differ by at most one or no such move exists. Rarely needed, so simplicity beats speed here.
    /// </remarks>
    private static void Repair(PeerConstraints constraints, int k, int[] slots, int[] counts)
    {
        if (counts.Length == 0 || counts.Max() - counts.Min() <= 1)
        {
            return;
        }

        var ratersOf = new List<int>[counts.Length];
        for (var s = 0; s < counts.Length; s++)
        {
            ratersOf[s] = [];
        }
        for (var slot = 0; slot < slots.Length; slot++)
        {
            ratersOf[slots[slot]].Add(slot / k);
        }

        while (TryMoveOne(constraints, k, slots, counts, ratersOf))
        {
        }
    }

    private static bool TryMoveOne(PeerConstraints constraints, int k, int[] slots, int[] counts, List<int>[] ratersOf)
    {
        var lowestFirst = Enumerable.Range(0, counts.Length).OrderBy(s => counts[s]).ThenBy(s => s).ToArray();
        var highestFirst = Enumerable.Range(0, counts.Length).OrderByDescending(s => counts[s]).ThenBy(s => s).ToArray();
        foreach (var low in lowestFirst)
        {
            foreach (var high in highestFirst.TakeWhile(high => counts[high] >= counts[low] + 2))
            {
                foreach (var r in ratersOf[high].Order())
                {
                    var own = slots.AsSpan(r * k, k);
                    if (constraints.Forbids(r, low) || own.Contains(low))
                    {
                        continue;
                    }
                    own[own.IndexOf(high)] = low;
                    counts[high]--;
                    counts[low]++;
                    ratersOf[high].Remove(r);
                    ratersOf[low].Add(r);
                    return true;
                }
            }
        }
        return false;
    }
}
