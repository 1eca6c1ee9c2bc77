using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Plugins;

/// <summary>Reconciling: bring the registry in line with the settled folders (desired state: per id, the highest version present).</summary>
public sealed partial class PluginCatalog
{
    /// <summary>One look and reconcile; true when something is unsettled or wants another try soon.</summary>
    private async Task<bool> LookAndReconcileAsync(CancellationToken cancellationToken)
    {
        ReconcileOutcome outcome;
        bool unsettled;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            var look = _observer.Look(_options.Sources);
            foreach (var folder in look.NewlyWaitingForManifest)
            {
                _logger.LogInformation("Plugin folder {Folder} has no {Manifest}; waiting for one.", folder, PluginManifest.FileName);
            }

            _lastSettled = look.Settled;
            unsettled = look.AnyUnsettled;
            outcome = await ReconcileLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        if (outcome.ActiveSetChanged)
        {
            RaiseChanged();
        }

        return unsettled || outcome.LookAgainSoon;
    }

    private async Task<ReconcileOutcome> ReconcileLockedAsync(CancellationToken cancellationToken)
    {
        var previous = Volatile.Read(ref _registry);
        var active = new Dictionary<string, LoadedPlugin>(previous.ActiveById, StringComparer.Ordinal);
        var entries = _lastSettled.Where(f => f.Manifest is null).Select(BrokenEntry).ToList();
        var versionsById = _lastSettled
            .Where(f => f.Manifest is not null)
            .GroupBy(f => f.Manifest!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, PickVersions, StringComparer.Ordinal);

        // Plugins whose folders are gone, or that an admin disabled, stop serving first, so their appraisal
        // type keys are free for the others in this same pass.
        foreach (var id in active.Keys.Concat(_superseded.Keys).Where(id => !versionsById.ContainsKey(id) || _disabled.Contains(id)).ToList())
        {
            active.Remove(id);
            _superseded.Remove(id);
        }

        var lookAgainSoon = false;
        var ordered = versionsById
            .OrderBy(pair => pair.Value.Any(f => f.Source.Bundled) ? 0 : 1)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal);
        foreach (var (id, versions) in ordered)
        {
            if (_disabled.Contains(id))
            {
                entries.AddRange(versions.Select(f => Entry(f, PluginStatus.Disabled, "Disabled by an administrator.")));
                continue;
            }

            lookAgainSoon |= await ReconcilePluginAsync(id, versions, active, entries);
        }

        var present = _lastSettled.Where(f => f.Manifest is not null).Select(f => f.AttemptKey).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _failures.Keys.Where(key => !present.Contains(key)).ToList())
        {
            _failures.Remove(stale);
        }

        var next = new PluginRegistry(active, entries
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Version, StringComparer.Ordinal));
        var changed = await CommitAsync(previous, next, cancellationToken);
        if (changed && ForgetFailures(PluginRetry.ActiveSetChanges))
        {
            lookAgainSoon = true;
        }

        return new ReconcileOutcome(changed, lookAgainSoon);
    }

    /// <summary>Activates the desired (highest) version of one plugin id if needed and lists its entries.</summary>
    private async Task<bool> ReconcilePluginAsync(
        string id, List<PluginFolder> versions, Dictionary<string, LoadedPlugin> active, List<PluginEntry> entries)
    {
        var desired = versions[0];
        active.TryGetValue(id, out var current);
        if (current is not null && _failures.ContainsKey(current.AttemptKey))
        {
            // It malfunctioned while serving: it stays out until its folder changes or it is re-enabled.
            active.Remove(id);
            current = null;
        }

        string? retryError = null;
        if (current?.AttemptKey != desired.AttemptKey && !_failures.ContainsKey(desired.AttemptKey))
        {
            var result = await PluginLoader.LoadAsync(desired, _options.StagingDirectory, KeysServedByOthers(active, id), _options.SmokeTestTimeout);
            if (result.Unloading is { } unloading)
            {
                VerifyUnloadInBackground(desired.DisplayName, unloading);
            }

            if (result.Plugin is { } loaded)
            {
                if (current is not null)
                {
                    RememberSuperseded(current, loaded);
                }

                // The swap itself happens when the new registry is committed, all at once.
                active[id] = current = loaded;
            }
            else if (result.RetryWhen == PluginRetry.NextLook)
            {
                retryError = result.Error;
            }
            else
            {
                _failures[desired.AttemptKey] = new Failure(result.Status, result.Error!, result.RetryWhen);
            }
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in versions)
        {
            listed.Add(folder.Manifest!.Version.ToString());
            entries.Add(folder.AttemptKey == current?.AttemptKey ? Entry(folder, PluginStatus.Active, null)
                : _failures.TryGetValue(folder.AttemptKey, out var failure) ? Entry(folder, failure.Status, failure.Error)
                : folder == desired && retryError is not null ? Entry(folder, PluginStatus.NotSupported, retryError)
                : Entry(folder, PluginStatus.Superseded, $"A newer version ({desired.Manifest!.Version}) is present."));
        }

        if (current is not null && versions.All(f => f.AttemptKey != current.AttemptKey))
        {
            // Still serving from its staged copy although its folder was replaced (by a version that failed).
            listed.Add(current.Version);
            entries.Add(Entry(current.Folder, PluginStatus.Active, null));
        }

        if (_superseded.TryGetValue(id, out var superseded))
        {
            entries.AddRange(superseded.Where(pair => listed.Add(pair.Key)).Select(pair => pair.Value));
        }

        return retryError is not null;
    }

    /// <summary>Swaps the registry in, retires what stopped serving, logs and persists changes; true when the active set changed.</summary>
    private async Task<bool> CommitAsync(PluginRegistry previous, PluginRegistry next, CancellationToken cancellationToken)
    {
        var stillActive = next.ActiveById.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        var retired = previous.ActiveById.Values.Where(plugin => !stillActive.Contains(plugin)).ToList();
        var changed = retired.Count > 0 || next.ActiveById.Count != previous.ActiveById.Count
            || next.ActiveById.Values.Any(plugin => !previous.ActiveById.Values.Contains(plugin, ReferenceEqualityComparer.Instance));
        Volatile.Write(ref _registry, next);
        if (changed)
        {
            Interlocked.Increment(ref _revision);
        }

        foreach (var plugin in retired)
        {
            RetireInBackground(plugin);
        }

        if (!PluginEntries.SameAs(previous.Entries, next.Entries))
        {
            LogChanges(previous.Entries, next.Entries);
            await PersistAsync(next.Entries, cancellationToken);
        }

        return changed;
    }

    private bool ForgetFailures(PluginRetry retryWhen)
    {
        var keys = _failures.Where(pair => pair.Value.RetryWhen == retryWhen).Select(pair => pair.Key).ToList();
        keys.ForEach(key => _failures.Remove(key));
        return keys.Count > 0;
    }

    private void RememberSuperseded(LoadedPlugin previous, LoadedPlugin replacement)
    {
        if (!_superseded.TryGetValue(previous.Id, out var versions))
        {
            _superseded[previous.Id] = versions = new Dictionary<string, PluginEntry>(StringComparer.Ordinal);
        }

        versions[previous.Version] = Entry(previous.Folder, PluginStatus.Superseded,
            $"Replaced by version {replacement.Version}; kept staged at {previous.StagedFolder} for rollback.");
    }

    private async Task PersistAsync(IReadOnlyList<PluginEntry> entries, CancellationToken cancellationToken)
    {
        try
        {
            await _store.SaveAsync(entries, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not save the plugin states; the catalog keeps running with them in memory.");
        }
    }

    private void LogChanges(IReadOnlyList<PluginEntry> before, IReadOnlyList<PluginEntry> after)
    {
        foreach (var entry in after.Where(e => !before.Any(b => PluginEntries.Same(b, e))))
        {
            if (entry.Status is PluginStatus.NotSupported or PluginStatus.Malfunctioned)
            {
                _logger.LogWarning("Plugin {Id} {Version} is {Status}: {Error} (folder {Source})",
                    entry.Id, entry.Version, entry.Status, entry.LastError, entry.Source);
            }
            else
            {
                _logger.LogInformation("Plugin {Id} {Version} is {Status}, appraisal types [{Types}] (folder {Source}).",
                    entry.Id, entry.Version, entry.Status, string.Join(", ", entry.AppraisalTypes), entry.Source);
            }
        }

        foreach (var gone in before.Where(b => !after.Any(a => PluginEntries.SameVersion(a, b))))
        {
            _logger.LogInformation("Plugin {Id} {Version} is gone (folder {Source}).", gone.Id, gone.Version, gone.Source);
        }
    }

    /// <summary>Per version the candidate folder (the drop folder wins over the bundled one), highest version first.</summary>
    private static List<PluginFolder> PickVersions(IEnumerable<PluginFolder> folders) => folders
        .GroupBy(f => f.Manifest!.Version)
        .Select(g => g.OrderBy(f => f.Source.Bundled).ThenBy(f => f.Path, StringComparer.Ordinal).First())
        .OrderByDescending(f => f.Manifest!.Version)
        .ToList();

    private static Dictionary<string, string> KeysServedByOthers(Dictionary<string, LoadedPlugin> active, string id) => active.Values
        .Where(plugin => plugin.Id != id)
        .SelectMany(plugin => plugin.AppraisalTypes.Select(type => (type.Key, plugin.DisplayName)))
        .ToDictionary(pair => pair.Key, pair => pair.DisplayName, StringComparer.Ordinal);

    private static PluginEntry Entry(PluginFolder folder, PluginStatus status, string? error)
    {
        var manifest = folder.Manifest!;
        return new PluginEntry(manifest.Id, manifest.Name, manifest.Version.ToString(), status, error, folder.Path,
            manifest.AppraisalTypes, folder.Source.Bundled);
    }

    private static PluginEntry BrokenEntry(PluginFolder folder) =>
        new(folder.Name, folder.Name, "", PluginStatus.NotSupported, folder.ManifestError, folder.Path, [], folder.Source.Bundled);
}
