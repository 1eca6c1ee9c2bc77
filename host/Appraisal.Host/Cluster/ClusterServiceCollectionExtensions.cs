using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Appraisal.Host.Cluster;

/// <summary>
/// What lets several identical hosts share one database behind a load balancer (docs/cluster-notes.md): the
/// data-protection key ring in the database, the plugin packages followed from the database, one runner for
/// start-up work, and trusted proxies. All of it also runs with SQLite and one host, so nothing changes on a move.
/// </summary>
public static class ClusterServiceCollectionExtensions
{
    /// <summary>Call after <c>AddAppraisalCore</c>: the hosted services here need the migrations, which start first.</summary>
    public static IServiceCollection AddAppraisalCluster(this IServiceCollection services, IConfiguration configuration)
    {
        // Data protection (antiforgery tokens): one key ring for every host, encrypted at rest when a secret is set.
        // An explicit repository replaces the default encryption at rest, so the encryptor is chosen here, not left to defaults.
        services.AddSingleton(new KeyRingSecret(configuration["Appraisal:KeyRingSecret"]));
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddDataProtection().SetApplicationName("appraisal");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            var secret = provider.GetRequiredService<KeyRingSecret>();
            options.XmlRepository = provider.GetRequiredService<DatabaseXmlRepository>();
            options.XmlEncryptor = secret.IsSet ? new KeyRingSecretEncryptor(secret) : null;
        });
        services.AddHostedService<KeyRingWarmup>();

        // Plugin packages: uploads go to the database; every host installs them into its own plugin folder.
        services.AddSingleton<PluginPackageFollower>();
        services.AddHostedService(provider => provider.GetRequiredService<PluginPackageFollower>());

        services.AddAppraisalForwardedHeaders(configuration);
        return services;
    }
}
