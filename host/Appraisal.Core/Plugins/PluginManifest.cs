using System.Diagnostics.CodeAnalysis;
using Appraisal.Core.Declarative;

namespace Appraisal.Core.Plugins;

/// <summary>
/// A plugin's <c>plugin.json</c>: who it is, which contract versions it accepts, which assembly to load and
/// which appraisal types it promises. Read without loading any plugin code, so a folder can be judged (and
/// rejected with a clear message) before anything from it runs. A declarative plugin (<c>"kind": "declarative"</c>)
/// has no assembly: it declares its types in <c>types</c>, built from questionnaire files and the host's
/// built-in strategies (docs/plugins.md).
/// </summary>
/// <param name="Id">Stable id, <c>[a-z0-9][a-z0-9.-]*</c>, e.g. <c>appraisal.satisfaction</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Version">The plugin's own SemVer.</param>
/// <param name="Contract">The contract versions it accepts; must include the host's.</param>
/// <param name="EntryAssembly">File name of the assembly holding the <c>IAppraisalPlugin</c> implementation; null for a declarative plugin.</param>
/// <param name="AppraisalTypes">Keys of the appraisal types it provides, checked against what it creates.</param>
/// <param name="Description">One or two sentences for the admin page; empty when not given.</param>
/// <param name="Settings">The <c>settings</c> object with every value flattened to a string.</param>
/// <param name="DeclaredTypes">A declarative plugin's types; null for a compiled plugin.</param>
public sealed record PluginManifest(
    string Id,
    string Name,
    SemanticVersion Version,
    VersionRange Contract,
    string? EntryAssembly,
    IReadOnlyList<string> AppraisalTypes,
    string Description,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<DeclarativeTypeManifest>? DeclaredTypes = null)
{
    /// <summary>The value of <c>kind</c> that makes a plugin declarative.</summary>
    public const string DeclarativeKind = "declarative";

    /// <summary>True for a plugin made of a manifest and questionnaire files only, with no assembly.</summary>
    [MemberNotNullWhen(true, nameof(DeclaredTypes))]
    [MemberNotNullWhen(false, nameof(EntryAssembly))]
    public bool IsDeclarative => DeclaredTypes is not null;

    /// <summary>The manifest's file name inside a plugin folder.</summary>
    public const string FileName = "plugin.json";

    /// <summary>Parses manifest text. Every problem names the file and the field.</summary>
    /// <exception cref="PluginManifestException">The text is not a valid manifest.</exception>
    public static PluginManifest Parse(string json) => PluginManifestParser.Parse(json, FileName);

    /// <summary>Reads and parses <c>plugin.json</c> in <paramref name="folder"/>.</summary>
    /// <exception cref="PluginManifestException">The file is missing, unreadable or not a valid manifest.</exception>
    public static PluginManifest ReadFromFolder(string folder)
    {
        var path = Path.Combine(folder, FileName);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PluginManifestException(FileName, [$"cannot be read ({ex.Message})"]);
        }

        return PluginManifestParser.Parse(json, FileName);
    }
}
