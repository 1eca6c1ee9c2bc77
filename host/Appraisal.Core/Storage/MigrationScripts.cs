namespace Appraisal.Core.Storage;

/// <summary>
/// One provider's numbered schema scripts, checked to run 1, 2, 3, … without gaps: what both migrators share,
/// including the wording of a schema that does not match this build.
/// </summary>
internal sealed class MigrationScripts
{
    /// <param name="scripts">Numbered 1, 2, 3, … without gaps, in any order.</param>
    public MigrationScripts(IEnumerable<MigrationScript> scripts)
    {
        All = [.. scripts.OrderBy(script => script.Version)];
        for (var i = 0; i < All.Count; i++)
        {
            // A gap or a repeat means a script was lost or two branches picked the same number.
            if (All[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration scripts must be numbered 1, 2, 3, … without gaps or repeats; found '{All[i].Name}' where {i + 1} was expected.");
            }
        }
    }

    public IReadOnlyList<MigrationScript> All { get; }

    /// <summary>The schema version this build expects: the newest script's number.</summary>
    public int LatestVersion => All.Count == 0 ? 0 : All[^1].Version;

    /// <summary>The <c>.sql</c> resources of this assembly whose manifest names start with <paramref name="resourcePrefix"/>.</summary>
    public static MigrationScripts FromEmbedded(string resourcePrefix)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(MigrationScript.FromFile(resource[resourcePrefix.Length..], reader.ReadToEnd()));
        }

        return new MigrationScripts(scripts);
    }

    /// <summary>Why a database at <paramref name="version"/> is not ready for this build, or null when it is.</summary>
    public string? DescribeMismatch(int version) =>
        version > LatestVersion
            ? $"The database schema is version {version}, newer than this build knows ({LatestVersion}): it was " +
              "written by a newer Appraisal. Run that version, or restore a backup taken before the upgrade."
            : version < LatestVersion
                ? $"The database schema is version {version}; this build needs {LatestVersion}. Migrations have not run."
                : null;
}
