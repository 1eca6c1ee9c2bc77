using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Declarative;

/// <summary>
/// One appraisal type of a declarative plugin as <c>plugin.json</c> declares it (<c>types[i]</c>). The parser
/// checks its shape only; whether the strategies and rules exist on this host, and whether the questionnaire files
/// are sound, is judged when the plugin is loaded, like a compiled plugin's contract.
/// </summary>
/// <param name="Key">The appraisal type key.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">One or two sentences for the organiser choosing a type.</param>
/// <param name="Templates">Questionnaire templates, each a JSON file in the plugin folder.</param>
/// <param name="Distribution">A strategy of <see cref="DistributionStrategies"/> and its options.</param>
/// <param name="Aggregation">A strategy of <see cref="AggregationStrategies"/> and its settings.</param>
/// <param name="Rules">Built-in ballot rules with their parameters, in the order given.</param>
public sealed record DeclarativeTypeManifest(
    string Key,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<DeclarativeTemplateManifest> Templates,
    DistributionPlan Distribution,
    DeclarativeStrategyManifest Aggregation,
    IReadOnlyList<DeclarativeStrategyManifest> Rules);
