using Appraisal.Core.Distribution;
using BenchmarkDotNet.Attributes;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// One full <see cref="BalancedPeerAssignment.Draw"/> from a fixed seed: 10^4 and 10^5 people rating each other,
/// k = 10, same-office pairs excluded (<see cref="PeerRoster"/>). The request is built once in the setup.
/// </summary>
[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    public static IReadOnlyList<int> Sizes { get; } = [10_000, 100_000];

    private BalancedPeerRequest _request = null!;

    [ParamsSource(nameof(Sizes))]
    public int Raters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = PeerRoster.Request(Raters);
        PeerRoster.AssertBalanced(Draw(), Raters);
    }

    [Benchmark]
    public PeerAssignment Draw() => BalancedPeerAssignment.Draw(PeerRoster.Seed, _request);
}
