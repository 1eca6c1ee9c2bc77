using Appraisal.Benchmarks.Ballots;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// `--check [sizes…]`: tally each world twice and draw each assignment once, without BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--check")
{
    return await QuickCheck.RunAsync(args[1..]);
}

// One invocation per iteration: a tally of a million ballots takes seconds, so BenchmarkDotNet's pilot stage and
// unrolling would only multiply the run time. 1 launch, 2 warm-ups, 6 measured iterations keep the whole suite
// (the 10^6 tally about ten times) within minutes on 2 cores. Server GC, as the host (Microsoft.NET.Sdk.Web) runs.
// A `--job` on the command line replaces this job (e.g. `--job short` for a quick look).
var bounded = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(2)
    .WithIterationCount(6)
    .WithInvocationCount(1)
    .WithUnrollFactor(1)
    .WithGcServer(true)
    .WithGcConcurrent(true)
    .WithId("Bounded");

var config = ManualConfig.CreateMinimumViable()
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
    .AddExporter(JsonExporter.Full, MarkdownExporter.GitHub)
    .WithOptions(ConfigOptions.JoinSummary)
    // Building the generated project takes well over BenchmarkDotNet's default two minutes on a shared, busy machine.
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
if (!args.Contains("--job"))
{
    config = config.AddJob(bounded);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
