using Appraisal.Core.Plugins;
using Appraisal.GraphQL.Language;

namespace Appraisal.Host.Api;

/// <summary>
/// An appraisal type's GraphQL extension as the host binds it: the plugin's SDL and CLR types, and the fields it adds
/// to <c>Report</c> (e.g. <c>extend type Report { democraticReview: DemocraticReviewReport }</c>), which resolve to
/// the typed report of campaigns of that type and to null for any other campaign.
/// </summary>
internal sealed record PluginSchemaExtension(string TypeKey, PluginApi.Reports.SchemaExtension Extension, IReadOnlyList<string> ReportFields)
{
    /// <summary>Asks every active type that has one for its extension (a guarded plugin call each).</summary>
    public static IReadOnlyList<PluginSchemaExtension> Collect(PluginCatalog catalog, ILogger logger)
    {
        var extensions = new List<PluginSchemaExtension>();
        foreach (var type in catalog.AppraisalTypes.Where(t => t.HasSchemaExtension))
        {
            try
            {
                var extension = catalog.InvokeAsync(type.Key, (t, _) => t.SchemaExtension, CancellationToken.None).GetAwaiter().GetResult();
                if (extension is not null)
                {
                    extensions.Add(new(type.Key, extension, ReportFieldsOf(extension.Sdl)));
                }
            }
            catch (Exception exception) when (exception is PluginCallException or GraphQLSyntaxException)
            {
                logger.LogError(exception, "The GraphQL extension of appraisal type {Type} is left out", type.Key);
            }
        }

        return extensions;
    }

    private static string[] ReportFieldsOf(string sdl) =>
        [.. Parser.Parse(sdl).Definitions.OfType<ObjectTypeExtension>()
            .Where(e => e.Name.Value == "Report")
            .SelectMany(e => e.Fields.Select(f => f.Name.Value))];
}
