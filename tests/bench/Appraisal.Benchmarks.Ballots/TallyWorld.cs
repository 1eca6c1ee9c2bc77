using Appraisal.Core.Tally;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// A data directory holding one closed campaign of a given number of ballots, opened with Core's services. Worlds are
/// built once (<see cref="TallyWorldBuilder"/>; the million-ballot one takes minutes) and kept under
/// <see cref="BenchPaths.Worlds"/>, keyed by size and <see cref="FormatVersion"/>, for every later run to reuse.
/// </summary>
internal sealed class TallyWorld : IAsyncDisposable
{
    /// <summary>Bump when the campaign, the answers or the stored form change, so old worlds are not reused.</summary>
    public const int FormatVersion = 1;

    private readonly WorldServices _services;

    private TallyWorld(WorldServices services, WorldManifest manifest)
    {
        _services = services;
        Manifest = manifest;
    }

    public WorldManifest Manifest { get; }

    public TallyService Tally => _services.Tally;

    public static string DirectoryFor(int ballots) => Path.Combine(BenchPaths.Worlds, $"agency-v{FormatVersion}-{ballots}");

    /// <summary>Opens the world of <paramref name="ballots"/> ballots, building it first if no finished one is stored.</summary>
    public static async Task<TallyWorld> LoadAsync(int ballots, TextWriter log)
    {
        var directory = DirectoryFor(ballots);
        var manifest = WorldManifest.TryRead(directory);
        if (manifest is null)
        {
            manifest = await BuildAsync(directory, ballots, log);
        }
        else
        {
            log.WriteLine($"world {ballots:N0} ballots: reusing {directory} (built in {manifest.BuildSeconds:0.0} s on {manifest.BuiltAt:yyyy-MM-dd HH:mm} UTC)");
        }

        return new TallyWorld(await WorldServices.StartAsync(directory), manifest);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    /// <summary>Builds in a folder of this process's own and moves it into place once finished, so an interrupted or
    /// concurrent build never leaves a half world where a run would take it for a whole one.</summary>
    private static async Task<WorldManifest> BuildAsync(string directory, int ballots, TextWriter log)
    {
        var building = $"{directory}.building-{Environment.ProcessId}";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        log.WriteLine($"world {ballots:N0} ballots: building in {building}");
        WorldManifest manifest;
        await using (var services = await WorldServices.StartAsync(building))
        {
            manifest = await TallyWorldBuilder.BuildAsync(services, ballots, log);
        }

        manifest.Write(building);
        if (WorldManifest.TryRead(directory) is { } other)
        {
            // Another process finished the same world first: keep that one.
            Directory.Delete(building, recursive: true);
            return other;
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.Move(building, directory);
        return manifest;
    }
}
