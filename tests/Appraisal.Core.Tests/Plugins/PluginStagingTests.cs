using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Plugins;

public sealed class PluginStagingTests
{
    [Fact]
    public void A_folder_is_staged_under_its_id_version_and_hash_and_reused_when_identical()
    {
        using var root = new TestDirectory();
        var source = PluginFolders.WriteTestPlugin(root.Combine("drop", "plugin"));
        var hash = PluginStaging.ComputeHash(source);

        var staged = PluginStaging.Stage(source, root.Combine("staging"), "test.plugin", "1.0.0", hash);
        var again = PluginStaging.Stage(source, root.Combine("staging"), "test.plugin", "1.0.0", hash);

        Assert.Equal(root.Combine("staging", "test.plugin", $"1.0.0-{hash[..8]}"), staged);
        Assert.Equal(staged, again);
        Assert.Equal(hash, PluginStaging.ComputeHash(staged));
        Assert.Single(Directory.GetDirectories(root.Combine("staging", "test.plugin")));
    }

    [Fact]
    public void The_hash_covers_file_names_and_contents()
    {
        using var root = new TestDirectory();
        var source = PluginFolders.WriteTestPlugin(root.Combine("plugin"));
        var original = PluginStaging.ComputeHash(source);

        File.AppendAllText(Path.Combine(source, "plugin.json"), " ");
        var edited = PluginStaging.ComputeHash(source);
        File.Move(Path.Combine(source, "plugin.json"), Path.Combine(source, "renamed.json"));

        Assert.NotEqual(original, edited);
        Assert.NotEqual(edited, PluginStaging.ComputeHash(source));
    }

    [Fact]
    public void A_staged_folder_is_never_overwritten()
    {
        using var root = new TestDirectory();
        var source = PluginFolders.WriteTestPlugin(root.Combine("plugin"));
        var hash = PluginStaging.ComputeHash(source);
        var staged = PluginStaging.Stage(source, root.Combine("staging"), "test.plugin", "1.0.0", hash);
        File.WriteAllText(Path.Combine(staged, "tampered.txt"), "x");

        var error = Assert.Throws<IOException>(() => PluginStaging.Stage(source, root.Combine("staging"), "test.plugin", "1.0.0", hash));

        Assert.Contains("never overwritten", error.Message);
        Assert.True(File.Exists(Path.Combine(staged, "tampered.txt")));
    }

    [Fact]
    public void A_source_that_changed_since_it_was_hashed_is_not_staged()
    {
        using var root = new TestDirectory();
        var source = PluginFolders.WriteTestPlugin(root.Combine("plugin"));
        var hash = PluginStaging.ComputeHash(source);
        File.AppendAllText(Path.Combine(source, "plugin.json"), " ");

        Assert.Throws<PluginFolderChangedException>(() => PluginStaging.Stage(source, root.Combine("staging"), "test.plugin", "1.0.0", hash));
        Assert.Empty(Directory.GetFileSystemEntries(root.Combine("staging", "test.plugin")));
    }
}
