namespace Appraisal.Host.Tests.Faults;

/// <summary>How hard and how long the <see cref="CrashLoop"/> shakes the host.</summary>
internal sealed record CrashLoopOptions
{
    /// <summary>Start, cast, kill -9 and check this many times on one data directory.</summary>
    public int Cycles { get; init; } = 3;

    /// <summary>Concurrent voters, each on a connection of its own.</summary>
    public int Voters { get; init; } = 32;

    /// <summary>Fresh codes issued for each cycle: more than the voters can cast before the kill, so it lands mid-stream.</summary>
    public int CodesPerCycle { get; init; } = 4000;

    /// <summary>Seeds the kill moments, so a failing run can be replayed with the same ones.</summary>
    public int Seed { get; init; }

    /// <summary>The kill comes a random time in [shortest, longest] after the cycle's first acknowledged ballot.</summary>
    public TimeSpan ShortestKillDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan LongestKillDelay { get; init; } = TimeSpan.FromMilliseconds(1500);
}
