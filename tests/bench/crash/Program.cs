using System.Globalization;
using Appraisal.Host.Tests.Faults;

// The long crash loop (run.sh): --data DIR [--cycles 20] [--voters 64] [--codes 12000] [--seed S] [--longest-ms 3000]
// Prints a line per cycle, then the summary line; exits 1 when a rule was broken.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

int Number(string name, int fallback) =>
    options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

var data = options.GetValueOrDefault("data") ?? throw new ArgumentException("--data is required");
var loop = new CrashLoop(
    new CrashLoopOptions
    {
        Cycles = Number("cycles", 20),
        Voters = Number("voters", 64),
        CodesPerCycle = Number("codes", 12000),
        Seed = Number("seed", Random.Shared.Next()),
        LongestKillDelay = TimeSpan.FromMilliseconds(Number("longest-ms", 3000)),
    },
    line => Console.WriteLine(line));
var result = await loop.RunAsync(data); // each problem was printed as it was found
Console.WriteLine(result.SummaryLine);
return result.Problems.Count == 0 ? 0 : 1;
