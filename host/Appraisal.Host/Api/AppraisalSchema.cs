using Appraisal.Core.Plugins;
using Appraisal.Core.Tally;
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
    private static readonly Lazy<string> CoreSdl = EmbeddedSchemaFile.Text("schema.graphql");

    /// <summary>The core schema text, as embedded in the host.</summary>
    public static string Sdl => CoreSdl.Value;

    /// <summary>The schema over the catalog, with the given plugin extensions (see <see cref="PluginSchemaExtension"/>).</summary>
    public static Schema Build(PluginCatalog catalog, IReadOnlyList<PluginSchemaExtension> extensions)
    {
        var builder = Core(catalog);
        var details = new ReportDetailsCache();
        foreach (var extension in extensions)
        {
            builder.AddSdl(extension.Extension.Sdl);
            foreach (var (typeName, clrType) in extension.Extension.ObjectTypes)
            {
                builder.BindObject(typeName, clrType);
            }

            foreach (var field in extension.ReportFields)
            {
                var typeKey = extension.TypeKey;
                builder.AddResolver("Report", field, context =>
                {
                    var view = (ReportView)context.Source!;
                    return view.Campaign.TypeKey == typeKey
                        ? details.GetAsync(view.Campaign, context.Services!.GetRequiredService<TallyService>())
                        : Task.FromResult<object?>(null);
                });
            }
        }

        return builder.Build();
    }

    /// <summary>The schema without plugin extensions: what serves when an extension cannot be bound.</summary>
    public static Schema Build(PluginCatalog catalog) => Core(catalog).Build();

    private static SchemaBuilder Core(PluginCatalog catalog)
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
            .AddPublicLink()
            .AddFollowUps();
    }

    private static KeyValuePair<string, string>[] Settings(IReadOnlyDictionary<string, string> options) =>
        [.. options.OrderBy(o => o.Key, StringComparer.Ordinal)];
}
