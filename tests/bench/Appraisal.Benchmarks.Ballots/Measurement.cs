using System.Diagnostics;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>How long something took by the wall clock and in this process's CPU time, which a busy machine inflates less.</summary>
internal readonly record struct Measurement(TimeSpan Wall, TimeSpan Cpu)
{
    public static async Task<(T Result, Measurement Time)> OfAsync<T>(Func<Task<T>> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await run();
        var wall = clock.Elapsed;
        return (result, new Measurement(wall, Process.GetCurrentProcess().TotalProcessorTime - cpu));
    }

    public override string ToString() => $"{Wall.TotalMilliseconds:N0} ms ({Cpu.TotalMilliseconds:N0} ms CPU)";
}
