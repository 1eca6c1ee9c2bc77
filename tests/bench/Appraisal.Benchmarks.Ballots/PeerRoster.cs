using System.Globalization;
using Appraisal.Core.Distribution;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// The input of a large balanced peer draw: people who rate each other (subjects = raters), k subjects each, nobody
/// rating a colleague of their own office. Offices are drawn at random, so they differ in size as real ones do.
/// </summary>
internal static class PeerRoster
{
    public const int SubjectsPerRater = 10;

    public const int Offices = 1_000;

    /// <summary>The fixed seed every benchmarked draw starts from, so each run draws the same assignment.</summary>
    public static DrawSeed Seed { get; } = DrawSeed.FromHex(Convert.ToHexStringLower(Enumerable.Range(1, DrawSeed.Length).Select(i => (byte)i).ToArray()));

    public static BalancedPeerRequest Request(int people)
    {
        var random = new Random(people);
        var ids = Enumerable.Range(1, people).Select(i => "p" + i.ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        var offices = ids.ToDictionary(id => id, _ => "o" + random.Next(Offices).ToString("D4", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new BalancedPeerRequest
        {
            Raters = ids,
            Subjects = ids,
            SubjectsPerRater = SubjectsPerRater,
            ExclusionGroupOf = offices,
        };
    }

    /// <summary>Throws unless every subject got exactly k raters (raters = subjects, so a balanced draw gives each k).</summary>
    public static void AssertBalanced(PeerAssignment assignment, int people)
    {
        if (assignment.SubjectsByRater.Count != people || assignment.RaterCountBySubject.Values.Any(c => c != SubjectsPerRater))
        {
            throw new InvalidOperationException(
                $"Unbalanced draw for {people} people: {assignment.SubjectsByRater.Count} raters, subject counts " +
                $"{assignment.RaterCountBySubject.Values.Min()}–{assignment.RaterCountBySubject.Values.Max()} (expected {SubjectsPerRater}).");
        }
    }
}
