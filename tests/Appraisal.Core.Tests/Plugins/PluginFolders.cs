using Appraisal.PluginApi;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>Builds plugin folders for tests from the built fixture plugin and the bundled plugins copied into the test output.</summary>
internal static class PluginFolders
{
    public const string FixtureEntry = "Appraisal.Fixtures.TestPlugin.dll";

    public static string Fixture { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", "test-plugin");

    public static string Bundled { get; } = Path.Combine(AppContext.BaseDirectory, "bundled");

    /// <summary>Copies the fixture's files into <paramref name="folder"/> and writes the manifest <paramref name="plugin"/> describes.</summary>
    public static string WriteTestPlugin(string folder, TestPluginManifest? plugin = null, bool withEntryAssembly = true)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Fixture).Where(f => Path.GetFileName(f) != "plugin.json"))
        {
            if (withEntryAssembly || Path.GetFileName(file) != FixtureEntry)
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
            }
        }

        WriteManifest(folder, plugin ?? new TestPluginManifest());
        return folder;
    }

    /// <summary>
    /// Writes the plugin into a hidden sibling folder and renames it into place, so the catalog sees it appear
    /// complete at once (as a careful admin would copy it).
    /// </summary>
    public static string WriteTestPluginAtomically(string folder, TestPluginManifest? plugin = null)
    {
        var incoming = Path.Combine(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + ".incoming");
        WriteTestPlugin(incoming, plugin);
        Directory.Move(incoming, folder);
        return folder;
    }

    /// <summary>Copies the fixture's entry assembly into a folder written without it.</summary>
    public static void AddEntryAssembly(string folder) =>
        File.Copy(Path.Combine(Fixture, FixtureEntry), Path.Combine(folder, FixtureEntry), overwrite: true);

    /// <summary>Copies the host's own contract assembly into the folder, as a careless plugin build would.</summary>
    public static void AddOwnContractCopy(string folder) =>
        File.Copy(typeof(IAppraisalPlugin).Assembly.Location, Path.Combine(folder, ContractVersion.AssemblyName + ".dll"), overwrite: true);

    public static void WriteManifest(string folder, TestPluginManifest plugin) =>
        File.WriteAllText(Path.Combine(folder, "plugin.json"), plugin.ToJson());

    /// <summary>Copies a whole folder (e.g. a bundled plugin) to <paramref name="destination"/>.</summary>
    public static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)), overwrite: true);
        }
    }
}
