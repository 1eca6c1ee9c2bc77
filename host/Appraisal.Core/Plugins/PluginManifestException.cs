namespace Appraisal.Core.Plugins;

/// <summary>A <c>plugin.json</c> that cannot be used; the message lists every problem, each naming the file and field.</summary>
public sealed class PluginManifestException : Exception
{
    public PluginManifestException(string fileName, IReadOnlyList<string> problems)
        : base(string.Join("; ", problems.Select(p => $"{fileName}: {p}")))
    {
        FileName = fileName;
        Problems = problems.Select(p => $"{fileName}: {p}").ToArray();
    }

    /// <summary>The manifest's file name, as the messages name it.</summary>
    public string FileName { get; }

    /// <summary>Each problem on its own, prefixed with the file name.</summary>
    public IReadOnlyList<string> Problems { get; }
}
