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
        var (exitCode, output, error) = await ExternalProcess.RunAsync("node", [script, .. arguments], TimeSpan.FromMinutes(3), Folder);
        return exitCode == 0 ? output : throw new InvalidOperationException($"node {script} exited with {exitCode}:\n{error}");
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "graphql-http", "package.json"))
            && File.Exists(Path.Combine(Folder, "node_modules", "graphql", "package.json")))
        {
            return;
        }

        var (exitCode, _, error) = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5), Folder);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed with {exitCode}:\n{error}");
        }
    }
}
