using System.Diagnostics;
using Appraisal.Core.Distribution;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// <c>--check [sizes…]</c>: a sanity run without BenchmarkDotNet. For each tally size (default <see cref="TallyBenchmarks.Sizes"/>; building any
/// world that is missing) it tallies twice, checks the report counts every ballot, and prints both times, then how
/// much of a tally reading and decoding the box takes; then it draws each assignment size once and checks the draw
/// is balanced. Times are wall clock and this process's CPU time, which a busy machine inflates less.
/// </summary>
internal static class QuickCheck
{
    public static async Task<int> RunAsync(IReadOnlyList<string> sizeArguments)
    {
        var sizes = sizeArguments.Count == 0 ? TallyBenchmarks.Sizes : BenchSizes.Parse(sizeArguments);
        foreach (var ballots in sizes)
        {
            await TallyAsync(ballots);
        }

        foreach (var people in AssignmentBenchmarks.Sizes)
        {
            var request = PeerRoster.Request(people);
            var (assignment, time) = await Timed(() => Task.FromResult(BalancedPeerAssignment.Draw(PeerRoster.Seed, request)));
            PeerRoster.AssertBalanced(assignment, people);
            Console.WriteLine($"assignment {people:N0} raters × {PeerRoster.SubjectsPerRater}: {time} (first draw, JIT included), balanced");
        }

        return 0;
    }

    private static async Task TallyAsync(int ballots)
    {
        await using var world = await TallyWorld.LoadAsync(ballots, Console.Out);
        var campaignId = world.Manifest.CampaignId;
        var times = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            var (report, time) = await Timed(() => world.Tally.TallyAsync(campaignId));
            times.Add(time);
            if (report.Error is not null || report.BallotsCast != ballots || report.SheetsCounted != ballots || report.Tables.Count == 0)
            {
                throw new InvalidOperationException(
                    $"Tally of {ballots} ballots: {report.BallotsCast} cast, {report.SheetsCounted} sheets, {report.Tables.Count} tables, error: {report.Error ?? "none"}");
            }
        }

        var (_, reading) = await Timed(() => world.Tally.ReadBallotsAsync(campaignId));
        Console.WriteLine($"tally {ballots:N0} ballots: all counted; first {times[0]} (JIT included), second {times[1]}; of which reading and decoding {reading}");
    }

    private static async Task<(T Result, string Time)> Timed<T>(Func<Task<T>> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await run();
        var wall = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (result, $"{wall.TotalMilliseconds:N0} ms ({cpu.TotalMilliseconds:N0} ms CPU)");
    }
}
