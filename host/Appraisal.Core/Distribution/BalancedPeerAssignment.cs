using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Distribution;

/// <summary>
/// Balanced random peer assignment: each rater gets k different subjects, every subject is rated about equally often,
/// nobody rates themselves and excluded pairs (same office, declared conflicts) never occur. Random so that nobody
/// chooses their raters; balanced so that every subject's score rests on about the same number of ballots.
/// </summary>
/// <remarks>
/// The draw, from the <c>"balanced-peer"</c> stream of the seed (<see cref="DeterministicRandom"/>):
/// <list type="number">
/// <item>Sort raters and subjects by id (ordinal); index them by that order.</item>
/// <item>Shuffle the rater indices.</item>
/// <item>For each subject in index order draw a tie key <c>NextUInt32()</c>; put (count 0, key, index) in a min-queue
/// ordered by count, then key, then index.</item>
/// <item>For each rater in shuffled order: take the smallest entries until k are allowed for this rater; put back the
/// disallowed ones unchanged, then each chosen subject, in the order chosen, with count + 1 and a fresh key.</item>
/// <item>Repair: while a subject has at least two raters fewer than another, move one rating from the fuller to the
/// emptier (see <c>Repair</c>); if counts still stray more than one from the mean, the constraints do not allow balance.</item>
/// </list>
/// Taking the least-rated subjects keeps counts within one of each other; the fresh random keys break ties anew each
/// round, so no two raters are tied to each other's lists. Cost: O(raters · k · log subjects).
/// </remarks>
public static partial class BalancedPeerAssignment
{
    /// <summary>Draws an assignment. The same seed and the same request always give the same assignment.</summary>
    /// <exception cref="ArgumentException">Duplicate ids, or k below 1.</exception>
    /// <exception cref="DrawInfeasibleException">A rater has fewer than k allowed subjects, or the exclusions make a
    /// balanced assignment impossible.</exception>
    public static PeerAssignment Draw(DrawSeed seed, BalancedPeerRequest request)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(request);
        var k = request.SubjectsPerRater;
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(request));
        var constraints = new PeerConstraints(request);
        CheckEnoughEligible(constraints, k);

        var random = seed.RandomFor(DistributionStrategies.BalancedPeer);
        var slots = Greedy(constraints, k, random, out var counts);
        Repair(constraints, k, slots, counts);
        CheckBalance(constraints, k, counts);
        return ToAssignment(constraints, k, slots, counts);
    }

    private static int[] Greedy(PeerConstraints constraints, int k, DeterministicRandom random, out int[] counts)
    {
        var raterOrder = Enumerable.Range(0, constraints.Raters.Length).ToArray();
        random.Shuffle(raterOrder);

        var subjectCount = constraints.Subjects.Length;
        counts = new int[subjectCount];
        var queue = new PriorityQueue<int, UInt128>(subjectCount);
        for (var s = 0; s < subjectCount; s++)
        {
            queue.Enqueue(s, Priority(0, random.NextUInt32(), s));
        }

        var slots = new int[constraints.Raters.Length * k];
        var skipped = new List<(int Subject, UInt128 Priority)>();
        foreach (var r in raterOrder)
        {
            skipped.Clear();
            var chosen = slots.AsSpan(r * k, k);
            var taken = 0;
            while (taken < k)
            {
                if (!queue.TryDequeue(out var s, out var priority))
                {
                    throw new InvalidOperationException("The eligibility check let through a rater with too few subjects.");
                }
                if (constraints.Forbids(r, s))
                {
                    skipped.Add((s, priority));
                    continue;
                }
                chosen[taken++] = s;
            }
            foreach (var (s, priority) in skipped)
            {
                queue.Enqueue(s, priority);
            }
            foreach (var s in chosen)
            {
                counts[s]++;
                queue.Enqueue(s, Priority(counts[s], random.NextUInt32(), s));
            }
        }
        return slots;
    }

    /// <summary>Count, then random key, then index: a total order, so every correct min-queue pops the same sequence.</summary>
    private static UInt128 Priority(int count, uint key, int subject) =>
        ((UInt128)(uint)count << 64) | ((UInt128)key << 32) | (uint)subject;

    private static void CheckEnoughEligible(PeerConstraints constraints, int k)
    {
        for (var r = 0; r < constraints.Raters.Length; r++)
        {
            var eligible = constraints.EligibleCount(r);
            if (eligible < k)
            {
                throw new DrawInfeasibleException(
                    $"Rater '{constraints.Raters[r]}' may rate only {eligible} of {constraints.Subjects.Length} subjects " +
                    $"(self and exclusions removed) but each rater needs {k}.");
            }
        }
    }

    private static void CheckBalance(PeerConstraints constraints, int k, int[] counts)
    {
        long total = (long)constraints.Raters.Length * k;
        long subjects = counts.Length;
        for (var s = 0; s < counts.Length; s++)
        {
            // |count − total/subjects| ≤ 1, in integers.
            if (Math.Abs((counts[s] * subjects) - total) > subjects)
            {
                throw new DrawInfeasibleException(
                    $"The exclusions do not allow a balanced assignment: subject '{constraints.Subjects[s]}' would get " +
                    $"{counts[s]} raters against a mean of {(double)total / subjects:0.##}.");
            }
        }
    }

    private static PeerAssignment ToAssignment(PeerConstraints constraints, int k, int[] slots, int[] counts)
    {
        var byRater = new Dictionary<string, IReadOnlyList<string>>(constraints.Raters.Length, StringComparer.Ordinal);
        for (var r = 0; r < constraints.Raters.Length; r++)
        {
            var subjects = new string[k];
            for (var i = 0; i < k; i++)
            {
                subjects[i] = constraints.Subjects[slots[(r * k) + i]];
            }
            byRater[constraints.Raters[r]] = subjects;
        }
        var bySubject = new Dictionary<string, int>(counts.Length, StringComparer.Ordinal);
        for (var s = 0; s < counts.Length; s++)
        {
            bySubject[constraints.Subjects[s]] = counts[s];
        }
        return new PeerAssignment(byRater, bySubject);
    }
}
