using System.Diagnostics;

namespace Appraisal.Host.Tests.Support;

/// <summary>
/// The Node side of the conformance checks (<c>tests/conformance</c>: graphql-js and graphql-http from the
/// lock file). Installs them once per test run with <c>npm ci</c>, then runs a script to completion.
/// </summary>
internal static class NodeConformance
{
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "conformance");

    /// <summary>Runs <c>node &lt;script&gt; &lt;arguments&gt;</c> in the conformance folder; returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        await Installed.Value;
        var (exitCode, output, error) = await RunProcessAsync("node", [script, .. arguments], TimeSpan.FromMinutes(3));
        return exitCode == 0 ? output : throw new InvalidOperationException($"node {script} exited with {exitCode}:\n{error}");
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "graphql-http", "package.json"))
            && File.Exists(Path.Combine(Folder, "node_modules", "graphql", "package.json")))
        {
            return;
        }

        var (exitCode, _, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed with {exitCode}:\n{error}");
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string file, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {limit}");
        }

        return (process.ExitCode, await output, await error);
    }
}
