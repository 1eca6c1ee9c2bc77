namespace Appraisal.Host.Tests.Support;

/// <summary>Where things are in the checkout the tests run from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Appraisal.sln</c>, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release, whichever the tests were built with.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";

    /// <summary>The SDL files the host's core schema is built from, in the order it adds them.</summary>
    public static IReadOnlyList<string> ProductSchemaFiles { get; } =
        [.. new[] { "schema.graphql", "campaigns.graphql", "accounts.graphql", "public.graphql", "followups.graphql" }
            .Select(f => Path.Combine(Root, "host", "Appraisal.Host", "Api", f))];

    /// <summary>The core schema's SDL: <see cref="ProductSchemaFiles"/> joined.</summary>
    public static string ProductSchemaSdl() => string.Join("\n", ProductSchemaFiles.Select(File.ReadAllText));

    /// <summary>The host's own build output, as <c>dotnet run --project host/Appraisal.Host</c> runs it.</summary>
    public static string HostOutput { get; } = Path.Combine(Root, "host", "Appraisal.Host", "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Appraisal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Appraisal.sln not found above " + AppContext.BaseDirectory);
    }
}
