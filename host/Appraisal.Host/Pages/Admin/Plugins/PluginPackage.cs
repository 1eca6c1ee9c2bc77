using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Appraisal.Host.Pages.Admin.Plugins;

/// <summary>
/// Installs an uploaded plugin package: a .zip of a plugin folder (its <c>plugin.json</c> at the top, or inside one
/// top-level folder). The archive is someone's upload, so it is read defensively: no entry may leave the folder it
/// is extracted to (zip slip: <c>../</c>, absolute paths, drive letters), and the entries, their total size and each
/// one's real decompressed size are bounded (a zip bomb stops at the limit, whatever its headers claim).
/// It is extracted into a hidden folder inside the plugin directory, which the catalog's observer skips, and then
/// renamed into place: one rename on one file system, so the catalog only ever sees a complete folder.
/// </summary>
public static partial class PluginPackage
{
    public const long MaxPackageBytes = 20 * 1024 * 1024;

    public const long MaxExtractedBytes = 64 * 1024 * 1024;

    public const int MaxEntries = 500;

    /// <summary>Extracts <paramref name="package"/> into <paramref name="pluginDirectory"/>; returns the new folder's name.</summary>
    /// <exception cref="PluginPackageProblem">The package is refused; nothing is left behind.</exception>
    public static async Task<PluginPackageResult> InstallAsync(Stream package, string pluginDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        Directory.CreateDirectory(pluginDirectory);
        var root = Path.GetFullPath(pluginDirectory);
        var incoming = Path.Combine(root, ".upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(incoming);
            try
            {
                await ExtractAsync(package, incoming, cancellationToken);
            }
            catch (InvalidDataException)
            {
                // A damaged archive: a bad central directory, or an entry that does not decompress.
                throw Refused("上传的文件不是完好的 zip 压缩包。", "The upload is not a valid zip archive.");
            }

            var folder = PluginRoot(incoming);
            var (id, version) = ReadManifest(Path.Combine(folder, "plugin.json"));
            var name = $"{id}-{version}";
            var target = Path.Combine(root, name);
            if (Directory.Exists(target) || File.Exists(target))
            {
                throw Refused($"插件目录中已有 {name}。", $"The plugin directory already holds {name}.");
            }

            Directory.Move(folder, target);
            return new PluginPackageResult(id, version, name);
        }
        finally
        {
            if (Directory.Exists(incoming))
            {
                Directory.Delete(incoming, recursive: true);
            }
        }
    }

    /// <summary>
    /// Deletes the plugin folder <paramref name="folder"/> of <paramref name="pluginDirectory"/>, first renaming it to a
    /// hidden name so the catalog sees it go at once rather than file by file; false when there was no such folder.
    /// </summary>
    public static bool Remove(string pluginDirectory, string folder)
    {
        if (folder.Length == 0 || folder.StartsWith('.') || folder.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{folder}' is not a plugin folder name.", nameof(folder));
        }

        var root = Path.GetFullPath(pluginDirectory);
        var path = Path.Combine(root, folder);
        if (!Directory.Exists(path))
        {
            return false;
        }

        var leaving = Path.Combine(root, ".removing-" + Guid.NewGuid().ToString("N"));
        Directory.Move(path, leaving);
        Directory.Delete(leaving, recursive: true);
        return true;
    }

    private static async Task ExtractAsync(Stream package, string incoming, CancellationToken cancellationToken)
    {
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw Refused($"压缩包最多 {MaxEntries} 个文件。", $"A package holds at most {MaxEntries} entries.");
            }

            var budget = MaxExtractedBytes;
            foreach (var entry in zip.Entries)
            {
                var path = SafePath(incoming, entry.FullName);
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    Directory.CreateDirectory(path);
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using var source = entry.Open();
                await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                budget = await CopyWithinAsync(source, target, budget, cancellationToken);
            }
        }
    }

    /// <summary>Copies while counting the bytes really produced, so a lying size header cannot exceed the budget.</summary>
    private static async Task<long> CopyWithinAsync(Stream source, Stream target, long budget, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            budget -= read;
            if (budget < 0)
            {
                throw Refused($"解压后超过 {MaxExtractedBytes / 1024 / 1024} MB。", $"The package extracts to more than {MaxExtractedBytes / 1024 / 1024} MB.");
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return budget;
    }

    /// <summary>Where an entry goes, or a refusal when its name would leave <paramref name="incoming"/>.</summary>
    internal static string SafePath(string incoming, string entryName)
    {
        var name = entryName.Replace('\\', '/');
        if (name.Length == 0 || name.StartsWith('/') || name.Contains(':', StringComparison.Ordinal) || name.Any(char.IsControl)
            || name.Split('/').Any(segment => segment is ".." or "."))
        {
            throw Refused($"压缩包中的路径不安全：{entryName}", $"The package holds an unsafe path: {entryName}");
        }

        var path = Path.GetFullPath(Path.Combine(incoming, name));
        // The segment check above already refuses "..": this one also holds if the platform reads a name differently.
        if (!path.StartsWith(incoming + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Refused($"压缩包中的路径不安全：{entryName}", $"The package holds an unsafe path: {entryName}");
        }

        return path;
    }

    /// <summary>The folder holding plugin.json: the archive's top, or its only top-level folder.</summary>
    private static string PluginRoot(string incoming)
    {
        if (File.Exists(Path.Combine(incoming, "plugin.json")))
        {
            return incoming;
        }

        var folders = Directory.GetDirectories(incoming);
        return folders.Length == 1 && Directory.GetFiles(incoming).Length == 0 && File.Exists(Path.Combine(folders[0], "plugin.json"))
            ? folders[0]
            : throw Refused("压缩包中没有 plugin.json（应在最上层，或在唯一的文件夹中）。", "The package has no plugin.json at its top or in its only folder.");
    }

    /// <summary>The id and version, only to name the folder; the catalog checks the manifest itself when it loads it.</summary>
    private static (string Id, string Version) ReadManifest(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            var id = document.RootElement.GetProperty("id").GetString() ?? "";
            var version = document.RootElement.GetProperty("version").GetString() ?? "";
            if (IdPattern().IsMatch(id) && VersionPattern().IsMatch(version))
            {
                return (id, version);
            }
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Falls through to the refusal below.
        }

        throw Refused("plugin.json 中缺少可用的 id 或 version。", "plugin.json has no usable id or version.");
    }

    private static PluginPackageProblem Refused(string zh, string en) => new(new(zh, en));

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,99}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9A-Za-z.+-]{1,64}$")]
    private static partial Regex VersionPattern();
}
