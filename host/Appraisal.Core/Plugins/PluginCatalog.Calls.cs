using Appraisal.PluginApi;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Plugins;

/// <summary>Guarded calls: the only way host code runs plugin behaviour.</summary>
public sealed partial class PluginCatalog
{
    /// <summary>
    /// Calls the plugin serving <paramref name="appraisalTypeKey"/>: takes a lease on that plugin version (an
    /// unload waits for it), runs <paramref name="call"/> on the thread pool, off the caller's thread, and waits
    /// at most the call timeout. When the plugin throws or does not answer in time, that version is marked
    /// Malfunctioned, stops serving (<see cref="Changed"/> is raised) and a <see cref="PluginCallException"/> is
    /// thrown; the host and the other plugins carry on. Cancelling <paramref name="cancellationToken"/> is the
    /// caller's choice, not a plugin fault. <paramref name="timeout"/> replaces <see cref="CallTimeout"/> for a call whose
    /// honest duration grows with its input (a tally of a large box). Return host data only: a result holding plugin-made objects
    /// (e.g. a report's lists) keeps the plugin loaded for as long as it is held.
    /// </summary>
    /// <exception cref="PluginCallException">No active plugin serves the type, or the plugin failed.</exception>
    public async Task<T> InvokeAsync<T>(
        string appraisalTypeKey, Func<IAppraisalType, CancellationToken, T> call, CancellationToken cancellationToken = default, TimeSpan? timeout = null)
    {
        var limit = timeout ?? _options.CallTimeout;
        ArgumentNullException.ThrowIfNull(appraisalTypeKey);
        ArgumentNullException.ThrowIfNull(call);
        var (plugin, type) = AcquireLease(appraisalTypeKey);
        var callCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = Task.Run(() => call(type, callCancellation.Token), CancellationToken.None);

        // The lease ends when the call really ends, even after a timeout, so an unload never pulls the
        // assembly from under a running call (it waits, up to UnloadLeaseTimeout).
        _ = running.ContinueWith(
            static (task, state) =>
            {
                _ = task.Exception;
                var (owner, source) = ((LoadedPlugin, CancellationTokenSource))state!;
                owner.Release();
                source.Dispose();
            },
            (plugin, callCancellation),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        try
        {
            return await running.WaitAsync(limit, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            TryCancel(callCancellation);
            throw;
        }
        catch (Exception)
        {
            // Judged from the call's own task below: the exception caught here may be the wait's timeout.
        }

        string failure;
        if (running.IsCompletedSuccessfully)
        {
            // It finished just as the timeout fired.
            return running.Result;
        }
        else if (running.Exception?.InnerException is { } thrown)
        {
            failure = $"it threw {thrown.GetType().FullName}: {thrown.Message.TrimEnd('.')}";
            _logger.LogError(thrown, "Plugin {Name} threw during a call for appraisal type {Key}.", plugin.DisplayName, appraisalTypeKey);
        }
        else if (running.IsCanceled)
        {
            failure = "it cancelled the call by itself";
        }
        else
        {
            TryCancel(callCancellation);
            failure = $"it did not answer within {PluginSmokeTest.Seconds(limit)} s";
        }

        var message = $"The plugin {plugin.DisplayName} failed during a call for the appraisal type \"{appraisalTypeKey}\": " +
            $"{failure}. It is marked Malfunctioned and no longer serves its appraisal types.";
        await MarkMalfunctionedAsync(plugin, message);
        throw new PluginCallException(message, appraisalTypeKey, plugin.Id, plugin.Version);
    }

    /// <summary>How long a guarded call may take unless the caller gives a longer limit.</summary>
    public TimeSpan CallTimeout => _options.CallTimeout;

    private (LoadedPlugin Plugin, IAppraisalType Type) AcquireLease(string appraisalTypeKey)
    {
        // A plugin retired between reading the registry and taking the lease has already been replaced
        // there, so reading again finds its successor (or nothing).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!Volatile.Read(ref _registry).ByTypeKey.TryGetValue(appraisalTypeKey, out var plugin))
            {
                break;
            }

            if (plugin.TryAcquire(appraisalTypeKey, out var type))
            {
                return (plugin, type);
            }
        }

        throw new PluginCallException($"No active plugin serves the appraisal type \"{appraisalTypeKey}\".", appraisalTypeKey, null, null);
    }

    private async Task MarkMalfunctionedAsync(LoadedPlugin plugin, string message)
    {
        // Refuse further calls at once, before waiting for the gate (a reconcile may be busy loading).
        plugin.Retire();
        _logger.LogError("{Message}", message);
        var changed = false;
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (Volatile.Read(ref _disposed) == 0
                && ReferenceEquals(Volatile.Read(ref _registry).ActiveById.GetValueOrDefault(plugin.Id), plugin))
            {
                _failures[plugin.AttemptKey] = new Failure(PluginStatus.Malfunctioned, message, PluginRetry.Never);
                changed = (await ReconcileLockedAsync(CancellationToken.None)).ActiveSetChanged;
            }
        }
        finally
        {
            _gate.Release();
        }

        if (changed)
        {
            RaiseChanged();
        }
    }

    private static void TryCancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (Exception ex) when (ex is AggregateException or ObjectDisposedException)
        {
            // A plugin's cancellation callback threw, or the call ended meanwhile; either way nothing to do.
        }
    }
}
