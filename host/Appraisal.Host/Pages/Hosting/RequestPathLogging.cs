namespace Appraisal.Host.Pages.Hosting;

/// <summary>
/// Keeps request paths out of the logs, whatever the configured levels: a ballot's address holds its code
/// (<c>/b/{code}</c>), and a code in a log would let whoever reads the log vote, or tie a ballot page to a time.
/// </summary>
public static class RequestPathLogging
{
    /// <summary>
    /// The framework categories that write request paths. Hosting also opens the per-request log scope that carries
    /// <c>RequestPath</c> into every line of the request whenever it logs at all, so it is switched off entirely;
    /// the others keep their warnings and errors, which name no path.
    /// </summary>
    private static readonly (string Category, LogLevel Level)[] Quieted =
    [
        ("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None),   // "Request starting GET /b/…", the RequestPath scope
        ("Microsoft.AspNetCore.Routing", LogLevel.Warning),            // "candidate(s) found for the request path '/b/…'"
        ("Microsoft.AspNetCore.Components.Routing", LogLevel.Warning), // "Navigating to component … in response to path '/b/…'"
        ("Microsoft.AspNetCore.Server.Kestrel.BadRequests", LogLevel.Warning), // a malformed request line, quoted
        ("Microsoft.AspNetCore.HttpLogging", LogLevel.None),           // request lines and headers, if ever enabled
    ];

    /// <summary>Added after the configuration's rules, so these win over a configured level for the same category.</summary>
    public static ILoggingBuilder KeepRequestPathsOutOfLogs(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        foreach (var (category, level) in Quieted)
        {
            logging.AddFilter(category, level);
        }

        return logging;
    }
}
