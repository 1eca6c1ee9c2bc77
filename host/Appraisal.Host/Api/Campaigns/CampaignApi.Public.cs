using System.Globalization;
using Appraisal.Core.Security;
using Appraisal.GraphQL.Types;

namespace Appraisal.Host.Api.Campaigns;

internal static partial class CampaignApi
{
    /// <summary>A public operation: rate limited per client address, domain refusals as client errors.</summary>
    private static Task<T> PublicAsync<T>(FieldContext context, Func<Task<T>> operation) =>
        LimitedAsync(context, static (limiter, http) => limiter.TryAcquire(http), operation);

    /// <summary>
    /// A public operation under the limit <paramref name="acquire"/> takes: refused with <c>RATE_LIMITED</c> and a
    /// <c>Retry-After</c> header when it is used up, domain refusals as client errors.
    /// </summary>
    internal static Task<T> LimitedAsync<T>(
        FieldContext context, Func<PublicOperationLimiter, HttpContext, RateLimitDecision> acquire, Func<Task<T>> operation)
    {
        var http = ApiAccess.Http(context);
        var decision = acquire(ApiAccess.Service<PublicOperationLimiter>(context), http);
        if (!decision.Allowed)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            throw ApiErrors.Error("RATE_LIMITED", $"请求过于频繁，请 {seconds} 秒后再试。", $"Too many requests; try again in {seconds} s.");
        }

        return ApiErrors.Guard(operation);
    }
}
