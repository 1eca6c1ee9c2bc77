using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.Host.Api.Campaigns;

internal static partial class CampaignApi
{
    private static SchemaBuilder AddQueries(this SchemaBuilder builder) =>
        builder
            .AddResolver("Query", "campaigns", async context =>
            {
                var caller = await ApiAccess.CallerAsync(context);
                if (!caller.IsAuthenticated)
                {
                    throw ApiAccess.Unauthenticated();
                }

                return await ApiAccess.Service<CampaignStore>(context).ListAsync(CampaignAccess.ListOwner(caller), context.CancellationToken);
            })
            .AddResolver("Query", "campaign", async context =>
            {
                var campaign = await ApiAccess.Service<CampaignStore>(context).FindAsync(Id(context), context.CancellationToken);
                return campaign is not null && await ApiAccess.CanReadAsync(context, campaign) ? campaign : null;
            })
            .AddResolver("Query", "ballot", context => PublicAsync(context, () =>
                ApiAccess.Service<BallotBox>(context).OpenAsync(context.Argument<string>("code"), context.CancellationToken)))
            .AddResolver("Query", "ballotBox", context => ApiErrors.Guard(() =>
                ApiAccess.Service<BallotBoxReader>(context).ReadAsync(Id(context, "campaignId"), context.CancellationToken)));
}
