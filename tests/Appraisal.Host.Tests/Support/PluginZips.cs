using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Appraisal.Host.Tests.Support;

/// <summary>Plugin packages as an admin uploads them: a .zip of one plugin folder.</summary>
internal static class PluginZips
{
    /// <summary>The bundled declarative 绩效考评 as a zip of one folder, under a new id and type key, plus any <paramref name="extra"/> entries.</summary>
    public static byte[] Declarative(string id, string type, params (string Name, string Content)[] extra)
    {
        var source = PluginFolders.DeclarativePerformance;
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "plugin.json")))!;
        manifest["id"] = id;
        manifest["types"]![0]!["key"] = type;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "plugin.json"))
            {
                zip.CreateEntryFromFile(file, "pkg/" + Path.GetRelativePath(source, file).Replace('\\', '/'));
            }

            foreach (var (name, content) in extra.Prepend(("pkg/plugin.json", manifest.ToJsonString())))
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
