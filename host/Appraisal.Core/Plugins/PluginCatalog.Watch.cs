using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Plugins;

/// <summary>Watching: file system events (debounced) plus a polling backstop, since events can be lost or unavailable.</summary>
public sealed partial class PluginCatalog
{
    private const int MaxQuietRounds = 20;

    private void StartWatching()
    {
        foreach (var source in _options.Sources)
        {
            if (!Directory.Exists(source.Folder))
            {
                _logger.LogWarning("Plugin folder {Folder} does not exist; it is polled until it does.", source.Folder);
                continue;
            }

            try
            {
                var watcher = new FileSystemWatcher(source.Folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite
                        | NotifyFilters.Size | NotifyFilters.CreationTime,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Created += OnFolderEvent;
                watcher.Changed += OnFolderEvent;
                watcher.Deleted += OnFolderEvent;
                watcher.Renamed += OnFolderEvent;
                watcher.Error += OnWatcherError;
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                // E.g. the inotify instance limit: polling still finds every change, only later.
                _logger.LogWarning("Cannot watch plugin folder {Folder} ({Reason}); polling it every {Seconds} s instead.",
                    source.Folder, ex.Message, _options.PollInterval.TotalSeconds);
            }
        }

        _watchLoop = Task.Run(() => WatchLoopAsync(_stopping.Token));
    }

    private void StopWatching()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
    }

    private void OnFolderEvent(object sender, FileSystemEventArgs e) => _folderEvents.Writer.TryWrite(true);

    private void OnWatcherError(object sender, ErrorEventArgs e)
    {
        _logger.LogWarning("The plugin folder watcher reported {Reason}; rescanning.", e.GetException().Message);
        _folderEvents.Writer.TryWrite(true);
    }

    private async Task WatchLoopAsync(CancellationToken stopping)
    {
        var wait = _options.PollInterval;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                if (await WaitForEventAsync(wait, stopping))
                {
                    await WaitForQuietAsync(stopping);
                }

                wait = await LookAndReconcileAsync(stopping) ? _options.Debounce : _options.PollInterval;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }
            catch (Exception ex)
            {
                // The watcher must outlive any single bad scan; the next poll tries again.
                _logger.LogError(ex, "Scanning the plugin folders failed.");
                wait = _options.PollInterval;
            }
        }
    }

    /// <summary>True when a file system event arrived within <paramref name="wait"/>, false on timeout.</summary>
    private async Task<bool> WaitForEventAsync(TimeSpan wait, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(wait);
        try
        {
            await _folderEvents.Reader.WaitToReadAsync(timeout.Token);
            _folderEvents.Reader.TryRead(out _);
            return true;
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Waits until no event arrived for a whole debounce (bounded, so a folder written forever is still looked at).</summary>
    private async Task WaitForQuietAsync(CancellationToken stopping)
    {
        for (var round = 0; round < MaxQuietRounds; round++)
        {
            await Task.Delay(_options.Debounce, stopping);
            if (!_folderEvents.Reader.TryRead(out _))
            {
                return;
            }
        }
    }
}
