using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.GraphQL.Utilities;
using Appraisal.Host.Pages.Surveys;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>
/// Binds <c>Api/public.graphql</c>: the public survey page of a campaign in public link mode (公开链接 / 二维码), its
/// device tokens, casting from it, and <c>Campaign.publicPath</c>. Both operations take the public limit and the
/// public link's own hourly limit per client address (<see cref="PublicOperationLimiter"/>).
/// </summary>
internal static class PublicLinkApi
{
    private static readonly Lazy<string> EmbeddedSdl = EmbeddedSchemaFile.Text("public.graphql");

    public static SchemaBuilder AddPublicLink(this SchemaBuilder builder) =>
        builder
            .AddSdl(EmbeddedSdl.Value)
            .AddResolver("Query", "publicSurvey", context => CampaignApi.LimitedAsync(
                context,
                static (limiter, http) => limiter.TryAcquireDeviceToken(http),
                () => ApiAccess.Service<BallotBox>(context).OpenPublicAsync(context.Argument<string>("campaignId"), context.CancellationToken)))
            .AddResolver("Mutation", "submitPublicBallot", context => CampaignApi.LimitedAsync(
                context,
                static (limiter, http) => limiter.TryAcquirePublicBallot(http),
                () => ApiAccess.Service<BallotBox>(context).CastPublicAsync(
                    context.Argument<string>("campaignId"),
                    context.Argument<string>("deviceToken"),
                    context.Argument<string?>("code"),
                    ApiInputs.Answers(context.Argument<object?[]>("answers")),
                    context.CancellationToken)))
            .AddResolver("Campaign", "publicPath", context =>
            {
                var campaign = (Campaign)context.Source!;
                return PublicLinkSettings.Of(campaign.Settings).Enabled ? PathOf(campaign.Id) : null;
            })
            .BindObject<PublicSurvey>("PublicSurvey")
            .AddResolver("PublicSurvey", "path", context => PathOf(((PublicSurvey)context.Source!).Form.CampaignId));

    /// <summary>The public survey page (DESIGN §4: <c>/s/{campaign}</c>), for links and QR codes: the page's own address.</summary>
    private static string PathOf(string campaignId) => SurveyPaths.For(campaignId);
}
