using Appraisal.PluginApi;

namespace Appraisal.Core.Declarative;

/// <summary>A questionnaire template of a declarative type: a key, a name and the JSON file holding the questionnaire.</summary>
/// <param name="Key">The template key.</param>
/// <param name="Name">Display name.</param>
/// <param name="File">Path relative to the plugin folder, with forward slashes, e.g. <c>questionnaires/performance.json</c>.</param>
public sealed record DeclarativeTemplateManifest(string Key, LocalizedText Name, string File);
