using Appraisal.Core.Ballots;
using Appraisal.Core.Plugins;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>Binds <c>Api/campaigns.graphql</c>: the campaign queries and mutations and their object types.</summary>
internal static partial class CampaignApi
{
    private static readonly Lazy<string> SdlText = EmbeddedSdl.Of("campaigns.graphql");

    public static string Sdl => SdlText.Value;

    public static SchemaBuilder AddCampaigns(this SchemaBuilder builder, PluginCatalog catalog) =>
        builder
            .AddSdl(Sdl)
            .AddQueries()
            .AddMutations()
            .AddCampaignType(catalog)
            .AddBallotTypes();

    private static string Id(FieldContext context, string name = "id") => context.Argument<string>(name);

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] Settings(IReadOnlyDictionary<string, string> settings) =>
        [.. settings.OrderBy(s => s.Key, StringComparer.Ordinal)];

    /// <summary>The <c>path</c> of an issued code: the ballot page, for links and QR codes.</summary>
    private static string PathOf(BallotCode code) => "/b/" + code.Canonical;
}
