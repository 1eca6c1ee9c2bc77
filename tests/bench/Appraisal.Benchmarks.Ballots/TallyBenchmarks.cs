using Appraisal.Core.Tally;
using BenchmarkDotNet.Attributes;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// 计票 of a closed 人民满意机关 campaign (<see cref="AgencyRoster"/>) of 10^4, 10^5 and 10^6 slip ballots: one
/// <see cref="TallyService.TallyAsync"/> per invocation, as closing or re-tallying runs it — read the box from SQLite,
/// count every sheet into profiles, run the plugin's aggregator and suppress small cells. The world is built (or reused) in the
/// setup, which prints how long building took; that time is not part of the measurement.
/// </summary>
[MemoryDiagnoser]
public class TallyBenchmarks
{
    /// <summary>10^4, 10^5 and 10^6, or those <c>APPRAISAL_BENCH_TALLY_SIZES</c> lists (e.g. <c>10000</c> for a quick run).</summary>
    public static IReadOnlyList<int> Sizes { get; } = BenchSizes.FromEnvironment("APPRAISAL_BENCH_TALLY_SIZES", [10_000, 100_000, 1_000_000]);

    private TallyWorld _world = null!;

    [ParamsSource(nameof(Sizes))]
    public int Ballots { get; set; }

    [GlobalSetup]
    public void Setup() => _world = TallyWorld.LoadAsync(Ballots, Console.Out).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _world.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<CampaignReport> Tally() => _world.TallyOnceAsync();
}
