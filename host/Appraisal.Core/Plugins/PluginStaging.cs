using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Copies a plugin folder into an immutable versioned folder, <c>&lt;staging&gt;/&lt;id&gt;/&lt;version&gt;-&lt;sha8&gt;/</c>,
/// and loads from there, so the folder an admin dropped can be replaced or deleted while the plugin runs
/// (and Windows file locks never block an update). A staged folder is never overwritten: the hash in its
/// name says what it holds, and an existing one is reused when identical.
/// </summary>
internal static class PluginStaging
{
    /// <summary>SHA-256 (lower-case hex) over the folder's relative file names and contents, in ordinal name order.</summary>
    public static string ComputeHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(long)];
        foreach (var (relative, path) in ListFiles(folder))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData([0]);
            var content = File.ReadAllBytes(path);
            BitConverter.TryWriteBytes(length, (long)content.Length);
            hash.AppendData(length);
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Stages <paramref name="sourceFolder"/>, whose hash was observed as <paramref name="hash"/>; returns the staged folder.</summary>
    /// <exception cref="PluginFolderChangedException">The source changed while it was being copied.</exception>
    /// <exception cref="IOException">The copy failed, or a staged folder of that name holds something else.</exception>
    public static string Stage(string sourceFolder, string stagingRoot, string id, string version, string hash)
    {
        var parent = Path.Combine(stagingRoot, id);
        var target = Path.Combine(parent, $"{version}-{hash[..8]}");
        if (Directory.Exists(target))
        {
            return ReuseOrRefuse(target, hash);
        }

        // Copy beside the target and rename: a crash or a failed copy never leaves a half-staged folder under the final name.
        var temporary = Path.Combine(parent, $".incoming-{Guid.NewGuid():N}");
        try
        {
            CopyFolder(sourceFolder, temporary);
            if (ComputeHash(temporary) != hash)
            {
                throw new PluginFolderChangedException($"The folder {sourceFolder} changed while it was being staged.");
            }

            try
            {
                Directory.Move(temporary, target);
            }
            catch (IOException) when (Directory.Exists(target))
            {
                return ReuseOrRefuse(target, hash);
            }

            return target;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static string ReuseOrRefuse(string target, string hash) =>
        ComputeHash(target) == hash
            ? target
            : throw new IOException($"The staged folder {target} exists with different content; staged folders are " +
                "never overwritten. Remove it to stage this plugin again.");

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var (relative, path) in ListFiles(source))
        {
            var copy = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(path, copy);
        }
    }

    private static IEnumerable<(string Relative, string Path)> ListFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);
}
