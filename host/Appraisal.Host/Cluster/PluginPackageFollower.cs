using System.Security.Cryptography;
using Appraisal.Core;
using Appraisal.Core.Plugins;
using Appraisal.Host.Pages.Admin.Plugins;
using Microsoft.Extensions.Options;

namespace Appraisal.Host.Cluster;

/// <summary>
/// Keeps this host's plugin folder in step with the plugin packages in the database, so that a package uploaded on any
/// host of one database ends up on every host: each second it reads the plugin revision, and when that moved it
/// installs every wanted package whose folder is missing here (through <see cref="PluginPackage"/>, with the upload's
/// checks, limits, hidden staging folder and single rename) and deletes the folders of removed packages. The catalog
/// then loads or unloads them as it does for any change of the folder.
/// </summary>
/// <remarks>
/// A folder that is already there is left alone, whatever it holds: the host that took the upload installed it itself,
/// and an operator's own copy is theirs. A failed pass keeps the applied revision where it was, so the next pass tries
/// again; the error shows in <c>/healthz</c>.
/// </remarks>
internal sealed class PluginPackageFollower(
    PluginPackageStore packages, PluginCatalog catalog, IOptions<AppraisalOptions> options, TimeProvider time, ILogger<PluginPackageFollower> logger)
    : BackgroundService
{
    /// <summary>How often the revision is read: one indexed single-row query per host.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private PluginFollowerStatus _status = PluginFollowerStatus.NotStarted;

    public PluginFollowerStatus Status => Volatile.Read(ref _status);

    /// <summary>One pass: installs what is missing, removes what was removed; returns true when the folder now matches.</summary>
    internal async Task<bool> FollowAsync(CancellationToken cancellationToken)
    {
        var before = Status;
        var revision = await packages.GetRevisionAsync(cancellationToken);
        if (revision == before.Applied && before.LastError is null)
        {
            Publish(before with { Revision = revision, CheckedAt = time.GetUtcNow() });
            return true;
        }

        var directory = options.Value.FullPluginDirectory;
        var changed = false;
        var stored = await packages.ListAsync(cancellationToken);
        var wanted = stored.Where(p => p.Wanted).ToList();
        try
        {
            foreach (var package in wanted.Where(p => !Directory.Exists(Path.Combine(directory, p.Folder))))
            {
                await InstallAsync(package, directory, cancellationToken);
                changed = true;
            }

            var wantedFolders = wanted.Select(p => p.Folder).ToHashSet(StringComparer.Ordinal);
            foreach (var folder in stored.Where(p => !p.Wanted && !wantedFolders.Contains(p.Folder)).Select(p => p.Folder).Distinct(StringComparer.Ordinal))
            {
                if (PluginPackage.Remove(directory, folder))
                {
                    logger.LogInformation("Removed plugin folder {Folder}: its package was removed from the database", folder);
                    changed = true;
                }
            }
        }
        catch (Exception exception) when (exception is PluginPackageProblem or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            if (exception.Message != before.LastError)
            {
                logger.LogError(exception, "The plugin folder could not be brought to revision {Revision}", revision);
            }

            Publish(new PluginFollowerStatus(revision, before.Applied, exception.Message, time.GetUtcNow()));
            return false;
        }
        finally
        {
            if (changed)
            {
                // The catalog notices folder changes on its own; asking now makes them take effect without its debounce and poll.
                await catalog.RescanAsync(cancellationToken);
            }
        }

        Publish(new PluginFollowerStatus(revision, revision, null, time.GetUtcNow()));
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, time);
        do
        {
            try
            {
                await FollowAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a moment (a failover, a restart): keep polling, and say so.
                if (exception.Message != Status.LastError)
                {
                    logger.LogError(exception, "Could not read the plugin packages from the database");
                }

                Publish(Status with { LastError = exception.Message, CheckedAt = time.GetUtcNow() });
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task InstallAsync(StoredPluginPackage package, string directory, CancellationToken cancellationToken)
    {
        var content = await packages.GetContentAsync(package.Revision, cancellationToken)
            ?? throw new IOException($"The package of {package.Folder} (revision {package.Revision}) is gone from the database.");
        if (Convert.ToHexStringLower(SHA256.HashData(content)) != package.Sha256)
        {
            throw new InvalidDataException($"The package of {package.Folder} (revision {package.Revision}) does not match its SHA-256.");
        }

        using var stream = new MemoryStream(content, writable: false);
        var result = await PluginPackage.InstallAsync(stream, directory, cancellationToken);
        if (result.Folder != package.Folder)
        {
            // The stored name comes from the same manifest; a mismatch means the row was edited by hand.
            PluginPackage.Remove(directory, result.Folder);
            throw new InvalidDataException($"The package stored for {package.Folder} unpacks as {result.Folder}.");
        }

        logger.LogInformation("Installed plugin {Id} {Version} from the database (revision {Revision})", result.Id, result.Version, package.Revision);
    }

    private void Publish(PluginFollowerStatus status) => Volatile.Write(ref _status, status);
}
