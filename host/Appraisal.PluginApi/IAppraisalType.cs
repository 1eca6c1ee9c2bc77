using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.PluginApi;

/// <summary>
/// One kind of appraisal (民主评议党员, 满意度测评, 人民满意机关, …): what its ballot asks, how ballots are handed
/// out, which answers are acceptable, and how anonymous ballots become a report.
/// Every member must be pure: no I/O, no clock, no static state, so the host can call it from any thread
/// and unload the plugin afterwards.
/// </summary>
public interface IAppraisalType
{
    /// <summary>Stable key stored with every campaign, never renamed: <c>[a-z0-9-]+</c>, e.g. <c>democratic-review</c>.</summary>
    string Key { get; }

    /// <summary>Display name, e.g. 民主评议党员 / Democratic appraisal of Party members.</summary>
    LocalizedText Name { get; }

    /// <summary>One or two sentences for the organiser choosing a type.</summary>
    LocalizedText Description { get; }

    /// <summary>Questionnaire templates a campaign can start from (at least one).</summary>
    IReadOnlyList<QuestionnaireTemplate> Templates { get; }

    /// <summary>How ballots are distributed, by one of the host's strategies (<see cref="DistributionStrategies"/>).</summary>
    DistributionPlan Distribution { get; }

    /// <summary>Rules a ballot must satisfy beyond the questionnaire's own (required items, scales, conditions).</summary>
    IBallotRules Rules { get; }

    /// <summary>Turns the anonymous ballots of a campaign into a report.</summary>
    IAggregator Aggregator { get; }

    /// <summary>GraphQL types for this type's report, or null when the generic report tables suffice.</summary>
    SchemaExtension? SchemaExtension { get; }
}
