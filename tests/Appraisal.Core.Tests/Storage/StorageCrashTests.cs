using System.Diagnostics;
using System.Globalization;
using System.Text;
using Appraisal.Core.Storage;
using Dapper;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Storage;

/// <summary>
/// The issue's acceptance test: kill a process while many writers go through the group-commit writer, and
/// after restart every acknowledged write is there and the file passes <c>PRAGMA integrity_check</c>.
/// </summary>
public sealed class StorageCrashTests(ITestOutputHelper output)
{
    private const int Cycles = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Killing_a_writing_process_loses_no_acknowledged_write_and_leaves_the_file_intact()
    {
        using var directory = new TestDirectory();
        var acknowledged = new HashSet<long>();

        for (var cycle = 1; cycle <= Cycles; cycle++)
        {
            var acks = await RunProbeUntilKilledAsync(directory.Path, TimeSpan.FromMilliseconds(Random.Shared.Next(300, 1501)));
            Assert.True(acks.Count > 0, $"cycle {cycle}: the probe acknowledged no write before it was killed");
            acknowledged.UnionWith(acks);

            await using var database = new SqliteDatabase(directory.Path);
            await database.MigrateAsync();
            var present = (await database.ReadAsync((connection, _) =>
                connection.QueryAsync<long>("SELECT id FROM crash_probe"))).ToHashSet();
            var integrity = await database.ReadAsync((connection, _) =>
                connection.QueryAsync<string>("PRAGMA integrity_check"));

            output.WriteLine($"cycle {cycle}: {acks.Count} acknowledged, {present.Count} rows in the file");
            Assert.Equal(["ok"], integrity);
            var lost = acknowledged.Where(id => !present.Contains(id)).Order().Take(10).ToList();
            Assert.True(lost.Count == 0, $"cycle {cycle}: acknowledged but missing: {string.Join(", ", lost)}");
        }
    }

    /// <summary>Starts the probe, lets it write for <paramref name="writeFor"/> after it is ready, and kills it.</summary>
    private static async Task<List<long>> RunProbeUntilKilledAsync(string dataDirectory, TimeSpan writeFor)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FindProbe());
        start.ArgumentList.Add(dataDirectory);

        using var probe = Process.Start(start) ?? throw new InvalidOperationException("Could not start the crash probe.");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acks = new List<long>();
        var reading = ReadAcknowledgementsAsync(probe.StandardOutput, acks, ready);
        var errors = probe.StandardError.ReadToEndAsync();
        try
        {
            var started = await Task.WhenAny(ready.Task, probe.WaitForExitAsync(), Task.Delay(StartTimeout));
            if (started != ready.Task)
            {
                throw new InvalidOperationException($"The crash probe did not start writing: {await ErrorsSoFar(probe, errors)}");
            }

            await Task.Delay(writeFor);
            Assert.False(probe.HasExited, $"The crash probe stopped before it was killed: {await ErrorsSoFar(probe, errors)}");
        }
        finally
        {
            // SIGKILL: no finally blocks, no disposal, no final checkpoint in the probe.
            if (!probe.HasExited)
            {
                probe.Kill(entireProcessTree: true);
            }

            await probe.WaitForExitAsync();
        }

        // The pipe still holds what the probe wrote before it died; those writes were acknowledged too.
        await reading;
        await errors;
        return acks;
    }

    /// <summary>
    /// Collects the ids of "ack &lt;id&gt;" lines. Only whole lines count: the kill can cut the last one short,
    /// and "ack 12" cut from "ack 1234" would name a different write.
    /// </summary>
    private static async Task ReadAcknowledgementsAsync(StreamReader output, List<long> acks, TaskCompletionSource ready)
    {
        var buffer = new char[8192];
        var pending = new StringBuilder();
        int read;
        while ((read = await output.ReadAsync(buffer)) > 0)
        {
            pending.Append(buffer, 0, read);
            var text = pending.ToString();
            var end = text.LastIndexOf('\n');
            if (end < 0)
            {
                continue;
            }

            foreach (var line in text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line == "ready")
                {
                    ready.TrySetResult();
                }
                else if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acks.Add(long.Parse(line.AsSpan(4), CultureInfo.InvariantCulture));
                }
            }

            pending.Remove(0, end + 1);
        }
    }

    private static async Task<string> ErrorsSoFar(Process probe, Task<string> errors)
    {
        if (!probe.HasExited)
        {
            return "(no output on stderr while it runs)";
        }

        return $"exit code {probe.ExitCode}: {await errors}";
    }

    /// <summary>The probe's build output, found from the folder that holds Appraisal.sln.</summary>
    private static string FindProbe()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Appraisal.sln")))
            {
                var probe = Path.Combine(directory.FullName, "artifacts", "tools", configuration,
                    "Appraisal.StorageCrashProbe", "Appraisal.StorageCrashProbe.dll");
                return File.Exists(probe)
                    ? probe
                    : throw new FileNotFoundException("Build tests/tools/Appraisal.StorageCrashProbe first.", probe);
            }
        }

        throw new DirectoryNotFoundException($"No Appraisal.sln above {AppContext.BaseDirectory}.");
    }
}
