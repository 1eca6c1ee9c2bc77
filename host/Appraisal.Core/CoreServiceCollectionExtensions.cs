using Appraisal.Core.Plugins;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Appraisal.Core;

/// <summary>Registers storage, the plugin catalog and start-up with a host's services.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Adds everything Core provides, configured from the <c>Appraisal</c> section.</summary>
    public static IServiceCollection AddAppraisalCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppraisalOptions>(configuration.GetSection(AppraisalOptions.Section));

        // Storage: one SQLite file in the data directory, one writer for the whole process.
        services.AddSingleton<IAppraisalDatabase>(sp => new SqliteDatabase(
            sp.GetRequiredService<IOptions<AppraisalOptions>>().Value.FullDataDirectory,
            sp.GetRequiredService<ILogger<SqliteDatabase>>()));
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<AdminKeyStore>();
        services.AddSingleton<IPluginStateStore, SqlitePluginStateStore>();

        // Plugins: the bundled folder and the drop folder, staged under the data directory.
        services.AddSingleton(sp => new PluginCatalog(
            CreateCatalogOptions(sp.GetRequiredService<IOptions<AppraisalOptions>>().Value),
            sp.GetRequiredService<IPluginStateStore>(),
            sp.GetRequiredService<ILogger<PluginCatalog>>()));

        services.AddSingleton<AppraisalStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<AppraisalStartup>());
        return services;
    }

    /// <summary>The catalog options a host with these settings uses.</summary>
    public static PluginCatalogOptions CreateCatalogOptions(AppraisalOptions options) => new()
    {
        Sources =
        [
            new PluginSource(options.FullBundledPluginDirectory, Bundled: true),
            new PluginSource(options.FullPluginDirectory, Bundled: false),
        ],
        StagingDirectory = Path.Combine(options.FullDataDirectory, "plugin-store"),
        Watch = options.WatchPlugins,
    };
}
