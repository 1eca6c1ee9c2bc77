using System.IO.Compression;
using System.Text;
using Appraisal.Host.Pages.Admin.Plugins;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin.Plugins;

/// <summary>PluginPackage on its own: where entries may go, the limits, and that a refusal leaves the directory as it was.</summary>
public sealed class PluginPackageTests
{
    private const string Manifest = """{ "id": "acme.unit", "version": "1.2.3", /* comments are allowed */ "kind": "declarative", }""";

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("a\\..\\..\\x")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/x")]
    [InlineData("./x")]
    [InlineData("a/\u0001b")]
    public void Entry_names_that_could_leave_the_folder_are_refused(string name)
    {
        using var folder = new TempDirectory();
        Assert.Throws<PluginPackageProblem>(() => PluginPackage.SafePath(Path.GetFullPath(folder.Path), name));
    }

    [Fact]
    public void A_plain_entry_lands_inside_the_folder()
    {
        using var folder = new TempDirectory();
        var root = Path.GetFullPath(folder.Path);
        Assert.Equal(Path.Combine(root, "questionnaires", "a.json"), PluginPackage.SafePath(root, "questionnaires/a.json"));
    }

    [Fact]
    public async Task A_package_is_moved_in_whole_under_its_id_and_version_with_its_folder_taken_off()
    {
        using var plugins = new TempDirectory();
        var result = await PluginPackage.InstallAsync(Zip(("p/plugin.json", Manifest), ("p/questionnaires/q.json", "{}")), plugins.Path, default);

        Assert.Equal(("acme.unit", "1.2.3", "acme.unit-1.2.3"), (result.Id, result.Version, result.Folder));
        Assert.Equal(["acme.unit-1.2.3"], Directory.GetFileSystemEntries(plugins.Path).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(plugins.Path, "acme.unit-1.2.3", "questionnaires", "q.json")));

        // The same version again is refused rather than mixed into the folder the catalog already loaded.
        await Assert.ThrowsAsync<PluginPackageProblem>(() => PluginPackage.InstallAsync(Zip(("plugin.json", Manifest)), plugins.Path, default));
        Assert.Single(Directory.GetFileSystemEntries(plugins.Path));
    }

    [Fact]
    public async Task Too_many_entries_too_many_bytes_no_manifest_and_no_zip_are_refused_leaving_nothing_behind()
    {
        using var plugins = new TempDirectory();
        var many = Enumerable.Range(0, PluginPackage.MaxEntries + 1).Select(i => ($"f{i}.txt", "x")).Prepend(("plugin.json", Manifest)).ToArray();
        Stream[] packages =
        [
            Zip(many),
            Bomb(),
            Zip(("readme.txt", "no manifest")),
            Zip(("plugin.json", """{ "id": "../up", "version": "1.0.0" }""")),
            new MemoryStream(Encoding.UTF8.GetBytes("not a zip")),
        ];

        foreach (var package in packages)
        {
            await Assert.ThrowsAsync<PluginPackageProblem>(() => PluginPackage.InstallAsync(package, plugins.Path, default));
            Assert.Empty(Directory.GetFileSystemEntries(plugins.Path));
        }
    }

    /// <summary>A manifest and a file of zeros one byte over the limit: small as a zip, so only the bytes really extracted stop it.</summary>
    private static MemoryStream Bomb()
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("plugin.json").Open()))
            {
                writer.Write(Manifest);
            }

            using var big = zip.CreateEntry("big.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written <= PluginPackage.MaxExtractedBytes; written += zeros.Length)
            {
                big.Write(zeros);
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static MemoryStream Zip(params (string Name, string Content)[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
                writer.Write(content);
            }
        }

        buffer.Position = 0;
        return buffer;
    }
}
