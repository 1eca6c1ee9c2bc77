using Appraisal.Core.Ballots;
using Appraisal.Core.Distribution;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// <c>--check [sizes…]</c>: a sanity run without BenchmarkDotNet. For each tally size (default
/// <see cref="TallyBenchmarks.Sizes"/>; building any world that is missing) it tallies twice, checking that the report
/// counts every ballot, then times the two halves of a tally apart: reading the box and counting its sheets, and the plugin's
/// aggregator alone. Then it draws each assignment size once and checks the draw is balanced.
/// </summary>
internal static class QuickCheck
{
    public static async Task<int> RunAsync(IReadOnlyList<string> sizeArguments)
    {
        foreach (var ballots in sizeArguments.Count == 0 ? TallyBenchmarks.Sizes : BenchSizes.Parse(sizeArguments))
        {
            await TallyAsync(ballots);
        }

        foreach (var people in AssignmentBenchmarks.Sizes)
        {
            var request = PeerRoster.Request(people);
            var (assignment, time) = await Measurement.OfAsync(() => Task.FromResult(BalancedPeerAssignment.Draw(PeerRoster.Seed, request)));
            PeerRoster.AssertBalanced(assignment, people);
            Console.WriteLine($"assignment {people:N0} raters × {PeerRoster.SubjectsPerRater}: {time} (first draw, JIT included), balanced");
        }

        return 0;
    }

    private static async Task TallyAsync(int ballots)
    {
        await using var world = await TallyWorld.LoadAsync(ballots, Console.Out);
        var (_, first) = await Measurement.OfAsync(world.TallyOnceAsync);
        var (_, second) = await Measurement.OfAsync(world.TallyOnceAsync);
        var (box, reading) = await Measurement.OfAsync(world.ReadBoxAsync);
        var (_, aggregating) = await Measurement.OfAsync(() => world.AggregateAsync(box));
        Console.WriteLine(
            $"tally {ballots:N0} ballots: all counted; first {first} (JIT included), second {second}; " +
            $"apart: reading and counting {reading} ({box.Scores?.Scores.Count:N0} distinct sheet scores), the aggregator {aggregating}");
        // What the compact form saves: the same sheets as canonical JSON, which is what they were stored as before.
        var sample = box.Ballots.Take(10_000).ToArray();
        Console.WriteLine(
            $"  sheets: {world.Manifest.SheetBytes / (double)ballots:0} bytes stored (compact); " +
            $"the first {sample.Length:N0} as canonical JSON: {sample.Average(b => BallotSheetCodec.Encode(b.Answers).Length):0} bytes");
        if (aggregating.Wall > WorldServices.HostCallTimeout)
        {
            Console.WriteLine(
                $"  the aggregator took longer than the host's plugin call timeout ({WorldServices.HostCallTimeout.TotalSeconds:0} s): " +
                "the host would fail this tally and mark the plugin Malfunctioned");
        }
    }
}
