using Appraisal.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

// `--check`: only run each document once through both paths and compare with graphql-js's answer.
if (args.Contains("--check"))
{
    foreach (var name in Fixture.DocumentNames)
    {
        var bench = new EngineBenchmarks { Document = name };
        bench.Setup();
        Console.WriteLine($"{name}: same response as graphql-js");
    }

    return 0;
}

// A bounded job (about 5 s per benchmark, 12 benchmarks): enough samples for a median and its spread on a
// 2-core machine, short enough for tests/bench/engine.sh to stay within a few minutes.
var job = Job.Default
    .WithLaunchCount(1)
    .WithWarmupCount(4)
    .WithIterationCount(12)
    .WithIterationTime(TimeInterval.FromMilliseconds(250))
    .WithId("Bounded");

var config = ManualConfig.CreateMinimumViable()
    .AddJob(job)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max)
    .AddExporter(JsonExporter.Full, MarkdownExporter.GitHub)
    .WithOptions(ConfigOptions.JoinSummary);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
