using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Plugins;

/// <summary>Unloading: drain leases, unload, and verify in the background that the load context is really collected.</summary>
public sealed partial class PluginCatalog
{
    /// <summary>
    /// Waits for the verdict on the unload of <paramref name="pluginId"/>@<paramref name="version"/>: true once
    /// its load context was collected, false when it leaked or no verdict came within <paramref name="timeout"/>.
    /// </summary>
    public async Task<bool> WaitForUnloadAsync(string pluginId, string version, TimeSpan timeout)
    {
        var verdict = _unloadVerdicts.GetOrAdd($"{pluginId}@{version}", _ => NewVerdict());
        try
        {
            return await verdict.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>A weak reference to the load context of the active version of <paramref name="pluginId"/>, for tests.</summary>
    internal WeakReference? LoadContextOf(string pluginId) =>
        Volatile.Read(ref _registry).ActiveById.GetValueOrDefault(pluginId)?.ContextReference();

    private void RetireInBackground(LoadedPlugin plugin)
    {
        var verdict = ExpectVerdict(plugin.DisplayName);
        plugin.Retire();
        Track(Task.Run(() => RetireAsync(plugin, verdict)));
    }

    private async Task RetireAsync(LoadedPlugin plugin, TaskCompletionSource<bool> verdict)
    {
        if (!await plugin.WaitForLeasesAsync(_options.UnloadLeaseTimeout))
        {
            _logger.LogWarning("Plugin {Name} still has calls running after {Seconds} s; unloading anyway, it completes when they return.",
                plugin.DisplayName, _options.UnloadLeaseTimeout.TotalSeconds);
        }

        if (plugin.Unload() is { } reference)
        {
            await VerifyAsync(plugin.DisplayName, reference, verdict);
            return;
        }

        // A declarative plugin: its types were host objects, now forgotten; there is no load context to wait for.
        _logger.LogDebug("Plugin {Name} unloaded (declarative, no load context).", plugin.DisplayName);
        verdict.TrySetResult(true);
    }

    private void VerifyUnloadInBackground(string name, WeakReference reference)
    {
        var verdict = ExpectVerdict(name);
        Track(Task.Run(() => VerifyAsync(name, reference, verdict)));
    }

    private async Task VerifyAsync(string name, WeakReference reference, TaskCompletionSource<bool> verdict)
    {
        var collected = await UnloadVerification.WaitForCollectionAsync(reference);
        if (collected)
        {
            _logger.LogDebug("Plugin {Name} unloaded and collected.", name);
        }
        else
        {
            _logger.LogWarning(
                "Plugin {Name}: unload leak. Its load context is still alive after {Rounds} garbage collections, so something " +
                "still references it (a running call, a static, an event, a cache); its memory stays in use until the host restarts.",
                name, UnloadVerification.Rounds);
            ImmutableInterlocked.Update(ref _unloadLeaks, leaks => leaks.Add(name));
        }

        verdict.TrySetResult(collected);
    }

    /// <summary>The verdict an unload starting now will set: a waiter's pending one, or a fresh one.</summary>
    private TaskCompletionSource<bool> ExpectVerdict(string name) => _unloadVerdicts.AddOrUpdate(
        name, _ => NewVerdict(), (_, existing) => existing.Task.IsCompleted ? NewVerdict() : existing);

    private static TaskCompletionSource<bool> NewVerdict() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Track(Task task)
    {
        _background.TryAdd(task, 0);
        _ = task.ContinueWith(done => _background.TryRemove(done, out _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
