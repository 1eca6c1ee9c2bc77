using System.Text;

namespace Appraisal.Core.Plugins;

/// <summary>What <see cref="PluginVerifier"/> found about a plugin folder, for <c>plugins verify &lt;folder&gt;</c>.</summary>
/// <param name="Folder">The folder verified.</param>
/// <param name="Status">Active when it would run here; otherwise NotSupported or Malfunctioned.</param>
/// <param name="Manifest">The manifest, when it could be read.</param>
/// <param name="AppraisalTypes">The appraisal types it created, when it got that far.</param>
/// <param name="Problems">Every problem found, each in words an admin can act on; empty when it is fine.</param>
/// <param name="Unloaded">Whether its load context was collected after the test; null when nothing was loaded (always for a declarative plugin).</param>
public sealed record PluginVerificationReport(
    string Folder,
    PluginStatus Status,
    PluginManifest? Manifest,
    IReadOnlyList<ActiveAppraisalType> AppraisalTypes,
    IReadOnlyList<string> Problems,
    bool? Unloaded)
{
    /// <summary>True when the plugin would be activated by this host and unloads cleanly.</summary>
    public bool Ok => Problems.Count == 0;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"Plugin folder: {Folder}");
        if (Manifest is { } m)
        {
            text.AppendLine($"  id: {m.Id}  version: {m.Version}  contract: {m.Contract}");
            text.AppendLine($"  name: {m.Name}");
            text.AppendLine(m.IsDeclarative ? "  kind: declarative (no assembly)" : $"  entry assembly: {m.EntryAssembly}");
            text.AppendLine($"  appraisal types declared: {string.Join(", ", m.AppraisalTypes)}");
        }

        foreach (var type in AppraisalTypes)
        {
            text.AppendLine($"  type {type.Key}: {type.Name.En} / {type.Name.ZhCn}; {type.Templates.Count} template(s); " +
                $"distribution {type.Distribution.Strategy}");
        }

        if (Unloaded is { } unloaded)
        {
            text.AppendLine($"  unloads cleanly: {(unloaded ? "yes" : "no")}");
        }

        text.AppendLine(Ok ? "Result: OK" : $"Result: {Status}");
        foreach (var problem in Problems)
        {
            text.AppendLine($"  - {problem}");
        }

        return text.ToString();
    }
}
