namespace Appraisal.Host.Endpoints;

/// <summary>
/// The two response media types of GraphQL-over-HTTP and the choice between them from an <c>Accept</c> header.
/// https://graphql.github.io/graphql-over-http/draft/#sec-Accept
/// </summary>
public static class GraphQLMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406). A missing header,
    /// <c>*/*</c> and <c>application/*</c> mean <c>application/json</c>, which every legacy client understands;
    /// among equal quality values the GraphQL response type wins.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0d;
        foreach (var range in accept.Split(','))
        {
            var parameters = range.Split(';');
            var mediaRange = parameters[0].Trim().ToLowerInvariant();
            var quality = Quality(parameters);
            var candidate = mediaRange switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "*/*" or "application/*" => Json,
                _ => null,
            };
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse))
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }

    private static double Quality(string[] parameters)
    {
        foreach (var parameter in parameters.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2 && pair[0].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(pair[1].Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
            {
                return q;
            }
        }

        return 1;
    }
}
