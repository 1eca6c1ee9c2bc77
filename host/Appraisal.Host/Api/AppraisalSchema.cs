using Appraisal.Core.Plugins;
using Appraisal.GraphQL.Types;
using Appraisal.Host.Api.Campaigns;
using Appraisal.GraphQL.Utilities;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Api;

/// <summary>
/// The product's GraphQL schema: the core SDL (<c>Api/schema.graphql</c>) with its resolvers bound over the
/// plugin catalog. Built anew whenever the set of active plugins changes (<see cref="AppraisalSchemaSource"/>).
/// </summary>
internal static class AppraisalSchema
{
    private static readonly Lazy<string> CoreSdl = new(() =>
    {
        using var stream = typeof(AppraisalSchema).Assembly.GetManifestResourceStream("Appraisal.Host.Api.schema.graphql")
            ?? throw new InvalidOperationException("The embedded core schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The core schema text, as embedded in the host.</summary>
    public static string Sdl => CoreSdl.Value;

    public static Schema Build(PluginCatalog catalog)
    {
        var types = catalog.AppraisalTypes;
        return new SchemaBuilder()
            .AddSdl(Sdl)
            .AddResolver("Query", "appraisalTypes", _ => types)
            .AddResolver("Query", "appraisalType", context => types.FirstOrDefault(t => t.Key == context.Argument<string>("key")))
            .AddResolver("Query", "plugins", _ => catalog.Plugins)
            .BindObject<ActiveAppraisalType>("AppraisalType")
            .BindObject<LocalizedText>("LocalizedText")
            .BindObject<DistributionPlan>("DistributionPlan")
            .AddResolver("DistributionPlan", "options", context => Settings(((DistributionPlan)context.Source!).Options))
            .BindObject<KeyValuePair<string, string>>("Setting")
            .BindObject<QuestionnaireTemplate>("QuestionnaireTemplate")
            .BindObject<Questionnaire>("Questionnaire")
            .BindObject<Scale>("Scale")
            .BindObject<ScaleOption>("ScaleOption")
            .BindObject<QuestionItem>("QuestionItem")
            .BindObject<ItemCondition>("ItemCondition")
            .BindEnum<ItemKind>("ItemKind")
            .BindEnum<ItemScope>("ItemScope")
            .BindObject<PluginEntry>("Plugin")
            .BindEnum<PluginStatus>("PluginStatus")
            .AddCampaigns(catalog)
            .AddAccounts()
            .Build();
    }

    private static KeyValuePair<string, string>[] Settings(IReadOnlyDictionary<string, string> options) =>
        [.. options.OrderBy(o => o.Key, StringComparer.Ordinal)];
}
