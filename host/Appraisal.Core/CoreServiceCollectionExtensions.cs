using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.FollowUps;
using Appraisal.Core.Plugins;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Appraisal.Core;

/// <summary>Registers storage, the plugin catalog and start-up with a host's services.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Adds everything Core provides, configured from the <c>Appraisal</c> section.</summary>
    public static IServiceCollection AddAppraisalCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppraisalOptions>(options => configuration.GetSection(AppraisalOptions.Section).Bind(options));

        // Storage: one SQLite file in the data directory by default, or a PostgreSQL database several hosts share;
        // either way one writer for the whole process.
        services.AddSingleton(OpenDatabase);
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<AdminKeyStore>();
        services.AddSingleton<IPluginStateStore, SqlitePluginStateStore>();

        // Shared by several hosts of one database: start-up work run once, the key ring, uploaded plugin packages.
        services.AddSingleton<ExclusiveWork>();
        services.AddSingleton<DataProtectionKeyStore>();
        services.AddSingleton<PluginPackageStore>();

        // Plugins: the bundled folder and the drop folder, staged under the data directory.
        services.AddSingleton(sp => new PluginCatalog(
            PluginCatalogOptions.From(sp.GetRequiredService<IOptions<AppraisalOptions>>().Value),
            sp.GetRequiredService<IPluginStateStore>(),
            sp.GetRequiredService<ILogger<PluginCatalog>>()));

        // Campaigns, casting and tallying (DESIGN §2.3–§2.7).
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<TallyService>();
        services.AddSingleton<CampaignService>();
        services.AddSingleton<BallotBox>();
        services.AddSingleton<BallotBoxReader>();
        services.AddSingleton<BoxVerifier>();
        services.AddSingleton<CommitteeGradeService>();
        services.AddSingleton<FollowUpService>();
        services.AddSingleton<WorkingCalendarStore>();

        services.AddSingleton<AppraisalStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<AppraisalStartup>());

        // Access: staff accounts and sessions, who is calling, and the audit log of admin actions.
        services.AddSingleton(_ => new PasswordHasher());
        services.AddSingleton<AccountStore>();
        services.AddSingleton<CallerResolver>();
        services.AddSingleton<AuditLog>();
        return services;
    }

    private static IAppraisalDatabase OpenDatabase(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AppraisalOptions>>().Value;
        return options.Database.CheckedProvider() == DatabaseOptions.Postgres
            ? new PostgresDatabase(options.Database.ConnectionString!, services.GetRequiredService<ILogger<PostgresDatabase>>())
            : new SqliteDatabase(options.FullDataDirectory, services.GetRequiredService<ILogger<SqliteDatabase>>());
    }
}
