namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>Files of the checkout the tests run from.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding <c>Appraisal.sln</c>, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string SeedFolder => Path.Combine(Root, "seeds", "satisfaction");

    public static string Manifest => Path.Combine(Root, "plugins", "Satisfaction", "plugin.json");

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
