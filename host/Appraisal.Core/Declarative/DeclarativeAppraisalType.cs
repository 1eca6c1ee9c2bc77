using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Declarative;

/// <summary>
/// An appraisal type built from a declarative <c>plugin.json</c>: its templates read from the plugin's files, a
/// built-in distribution plan, the built-in rules and aggregator it names. Host code through and through, so it
/// needs no load context and leaves nothing behind when its plugin is removed.
/// </summary>
internal sealed class DeclarativeAppraisalType(
    string key,
    LocalizedText name,
    LocalizedText description,
    IReadOnlyList<QuestionnaireTemplate> templates,
    DistributionPlan distribution,
    IBallotRules rules,
    IAggregator aggregator) : IAppraisalType
{
    public string Key { get; } = key;

    public LocalizedText Name { get; } = name;

    public LocalizedText Description { get; } = description;

    public IReadOnlyList<QuestionnaireTemplate> Templates { get; } = templates;

    public DistributionPlan Distribution { get; } = distribution;

    public IBallotRules Rules { get; } = rules;

    public IAggregator Aggregator { get; } = aggregator;

    /// <summary>Declarative types report through the generic tables only.</summary>
    public SchemaExtension? SchemaExtension => null;
}
