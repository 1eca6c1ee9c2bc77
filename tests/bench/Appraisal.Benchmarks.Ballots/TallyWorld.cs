using Appraisal.Core.Campaigns;
using Appraisal.Core.Tally;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// A data directory holding one closed campaign of a given number of ballots, opened with Core's services. Worlds are
/// built once (<see cref="TallyWorldBuilder"/>; the million-ballot one takes minutes) and kept under
/// <see cref="BenchPaths.Worlds"/>, keyed by size and <see cref="FormatVersion"/>, for every later run to reuse.
/// </summary>
internal sealed class TallyWorld : IAsyncDisposable
{
    /// <summary>Bump when the campaign, the answers or the stored form change, so old worlds are not reused.</summary>
    public const int FormatVersion = 2;

    private readonly WorldServices _services;

    private TallyWorld(WorldServices services, WorldManifest manifest)
    {
        _services = services;
        Manifest = manifest;
    }

    public WorldManifest Manifest { get; }

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

    /// <summary>
    /// One tally of the world's campaign, refused unless it counted every ballot into tables: a failed tally returns
    /// quickly with an error and no tables, and must never pass for a fast one.
    /// </summary>
    public async Task<CampaignReport> TallyOnceAsync()
    {
        var report = await _services.Tally.TallyAsync(Manifest.CampaignId);
        var ballots = Manifest.Ballots;
        return report.Error is null && report.BallotsCast == ballots && report.SheetsCounted == ballots && report.Tables.Count > 0
            ? report
            : throw new InvalidOperationException(
                $"Tally of {ballots} ballots: {report.BallotsCast} cast, {report.SheetsCounted} sheets, {report.Tables.Count} tables, " +
                $"error: {report.Error ?? "none"}");
    }

    /// <summary>The first half of a tally: the box read from SQLite and its sheets counted.</summary>
    public Task<TallyBox> ReadBoxAsync() => _services.Tally.ReadBoxAsync(Manifest.CampaignId);

    /// <summary>The second half: the plugin's aggregator over a box already read, called as <see cref="TallyService"/>
    /// calls it; returns how many tables it made.</summary>
    public async Task<int> AggregateAsync(TallyBox box)
    {
        var store = new CampaignStore(_services.Database);
        var id = Manifest.CampaignId;
        var campaign = await store.FindAsync(id) ?? throw new InvalidOperationException($"The world has no campaign {id}.");
        var input = new AggregationInput(
            campaign.Questionnaire, await store.SubjectsAsync(id), [.. (await store.RaterGroupsAsync(id)).Select(g => g.Group)], box.Ballots,
            campaign.Settings, campaign.MinimumCellSize)
        {
            Options = box.Options ?? throw new InvalidOperationException("The world's sheets did not count."),
            Scores = box.Scores ?? throw new InvalidOperationException("The world's sheets did not count."),
        };
        return await _services.Catalog.InvokeAsync(campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token).Tables.Count);
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
