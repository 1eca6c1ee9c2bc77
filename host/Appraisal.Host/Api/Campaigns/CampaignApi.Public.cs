using System.Globalization;
using Appraisal.GraphQL.Types;

namespace Appraisal.Host.Api.Campaigns;

internal static partial class CampaignApi
{
    /// <summary>A public operation: rate limited per client address, domain refusals as client errors.</summary>
    private static Task<T> PublicAsync<T>(FieldContext context, Func<Task<T>> operation)
    {
        var http = ApiAccess.Http(context);
        var decision = ApiAccess.Service<PublicOperationLimiter>(context).TryAcquire(http);
        if (!decision.Allowed)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            throw ApiErrors.Error("RATE_LIMITED", $"请求过于频繁，请 {seconds} 秒后再试。", $"Too many requests; try again in {seconds} s.");
        }

        return ApiErrors.Guard(operation);
    }
}
