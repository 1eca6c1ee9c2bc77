using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Appraisal.Host.Cluster;

/// <summary>
/// Behind a load balancer every request comes from the balancer's address, so per-address limits would count all
/// clients as one. <c>Appraisal:ForwardedHeaders:KnownProxies</c> (addresses) and <c>KnownNetworks</c> (CIDR) name
/// the proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed; a request from anywhere else
/// keeps its own address whatever headers it sends. With neither set nothing changes: no header is believed.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Appraisal:ForwardedHeaders";

    /// <summary>Reads the trusted proxies; configures the middleware when there are any.</summary>
    /// <exception cref="InvalidOperationException">An entry is not an IP address or a CIDR network.</exception>
    public static IServiceCollection AddAppraisalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Entries(configuration, "KnownProxies").Select(entry => IPAddress.TryParse(entry, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: '{entry}' is not an IP address.")).ToList();
        var networks = Entries(configuration, "KnownNetworks").Select(entry => IPNetwork.TryParse(entry, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: '{entry}' is not a network in CIDR form (e.g. 10.0.0.0/8).")).ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return services;
        }

        services.AddSingleton(new TrustedProxies());
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // The framework trusts loopback by default; only what the operator named is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Rewrites the client address and scheme from trusted proxies' headers; first, so every later step sees the client.</summary>
    public static IApplicationBuilder UseAppraisalForwardedHeaders(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<TrustedProxies>() is not null)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>A list in configuration (<c>…:KnownProxies:0</c>, <c>:1</c>) or one comma-separated value (handy in an environment variable).</summary>
    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(child => child.Value ?? "");
        return values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
