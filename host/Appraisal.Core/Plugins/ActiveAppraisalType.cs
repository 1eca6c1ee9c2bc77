using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Plugins;

/// <summary>
/// An appraisal type an active plugin serves, as the host keeps it: a deep copy made of host-created records,
/// arrays and dictionaries only, so holding it (in a schema, a page, a cache) never keeps a plugin's load
/// context alive. Behaviour (rules, aggregation) is reached through <see cref="PluginCatalog.InvokeAsync{T}"/>.
/// </summary>
/// <param name="PluginId">The manifest id of the plugin serving it.</param>
/// <param name="PluginVersion">The plugin version serving it.</param>
/// <param name="PluginName">The plugin's display name.</param>
/// <param name="Key">The appraisal type key, stored with every campaign.</param>
/// <param name="Name">The type's display name.</param>
/// <param name="Description">The type's description.</param>
/// <param name="Templates">Questionnaire templates, at least one.</param>
/// <param name="Distribution">The distribution strategy and its options.</param>
/// <param name="HasSchemaExtension">Whether the type extends the GraphQL schema (the extension itself stays in the plugin).</param>
/// <param name="Settings">The plugin manifest's site settings (the defaults a campaign's own settings override).</param>
public sealed record ActiveAppraisalType(
    string PluginId,
    string PluginVersion,
    string PluginName,
    string Key,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<QuestionnaireTemplate> Templates,
    DistributionPlan Distribution,
    bool HasSchemaExtension,
    IReadOnlyDictionary<string, string> Settings);
