using System.Text.Json;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// <c>world.json</c>, written last into a finished world: which campaign to tally and what building it took.
/// A world folder without it is an interrupted build.
/// </summary>
internal sealed record WorldManifest(
    int FormatVersion, string CampaignId, int Ballots, long SheetBytes, double BuildSeconds, DateTimeOffset BuiltAt)
{
    public const string FileName = "world.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static WorldManifest? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<WorldManifest>(File.ReadAllText(path), Options) : null;
    }

    public void Write(string directory) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Options));
}
