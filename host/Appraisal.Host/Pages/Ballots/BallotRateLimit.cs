using System.Globalization;
using Appraisal.Core.Security;
using Appraisal.Host.Api.Campaigns;
using Appraisal.Host.Pages.Hosting;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// The ballot pages draw on the same per-address limit as GraphQL's <c>ballot</c> and <c>submitBallot</c> (the public
/// survey page on those of <c>publicSurvey</c> and <c>submitPublicBallot</c>), so a page is no way around it.
/// </summary>
internal static class BallotRateLimit
{
    /// <summary>Null when the request may go on; else the sentence to show, with 429 and <c>Retry-After</c> set.</summary>
    public static string? Refusal(PublicOperationLimiter limiter, HttpContext http) => Refusal(limiter.TryAcquire(http), http);

    /// <summary>The same for a decision already taken, by one of the limiter's stricter policies (the public link's).</summary>
    public static string? Refusal(RateLimitDecision decision, HttpContext http)
    {
        if (decision.Allowed)
        {
            return null;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        PageStatus.Set(http, StatusCodes.Status429TooManyRequests);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return CodeProblemText.TooManyRequests(seconds);
    }
}
