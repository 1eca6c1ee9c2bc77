using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Plugins;

/// <summary>
/// The plugins this host runs. It scans the bundled and drop folders, activates per plugin id the highest
/// version present (staged, contract-checked, loaded into its own collectible context, smoke-tested, then
/// swapped in atomically), watches the folders, contains faulty plugins (a plugin that throws or hangs is
/// marked Malfunctioned and stops serving; the host keeps running) and verifies that unloaded plugins are
/// really collected. The host keeps only host-made snapshots; plugin behaviour is reached through
/// <see cref="InvokeAsync{T}"/>.
/// </summary>
public sealed partial class PluginCatalog : IAsyncDisposable
{
    private const int MaxSettleRounds = 10;

    private readonly PluginCatalogOptions _options;
    private readonly IPluginStateStore _store;
    private readonly ILogger<PluginCatalog> _logger;

    // Serializes looks, activations and status changes; readers and calls use the registry without it.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PluginFolderObserver _observer;
    private readonly Dictionary<string, Failure> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, PluginEntry>> _superseded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _unloadVerdicts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _background = new();
    private readonly Channel<bool> _folderEvents =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private IReadOnlyList<PluginFolder> _lastSettled = [];
    private PluginRegistry _registry = PluginRegistry.Empty;
    private ImmutableList<string> _unloadLeaks = [];
    private long _revision;
    private int _started;
    private int _disposed;
    private Task? _watchLoop;

    public PluginCatalog(PluginCatalogOptions options, IPluginStateStore store, ILogger<PluginCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(logger);
        ValidateOptions(options);
        _options = options;
        _store = store;
        _logger = logger;
        _observer = new PluginFolderObserver(options.Debounce);
    }

    /// <summary>Raised after the set of active plugin versions changed (so the GraphQL schema can be rebuilt).</summary>
    public event EventHandler? Changed;

    /// <summary>Every plugin version the catalog knows, with its status and last error.</summary>
    public IReadOnlyList<PluginEntry> Plugins => Volatile.Read(ref _registry).Entries;

    /// <summary>The appraisal types active plugins serve, as host-owned snapshots, ordered by key.</summary>
    public IReadOnlyList<ActiveAppraisalType> AppraisalTypes => Volatile.Read(ref _registry).Types;

    /// <summary>Increases each time the set of active plugin versions changes.</summary>
    public long Revision => Interlocked.Read(ref _revision);

    /// <summary><c>id@version</c> of load contexts that were unloaded but never collected; a restart frees them.</summary>
    public IReadOnlyList<string> UnloadLeaks => Volatile.Read(ref _unloadLeaks);

    /// <summary>Scans the sources, activates what it finds (logging each plugin), then starts watching if enabled.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("The plugin catalog is already started.");
        }

        Directory.CreateDirectory(_options.StagingDirectory);
        foreach (var source in _options.Sources.Where(s => !s.Bundled))
        {
            TryCreateFolder(source.Folder);
        }

        await LoadDisabledAsync(cancellationToken);
        if (_options.Watch)
        {
            // Watch before the first look, so nothing dropped during it is missed.
            StartWatching();
        }

        await RescanAsync(cancellationToken);
        var registry = Volatile.Read(ref _registry);
        _logger.LogInformation(
            "Plugin catalog started: {Active} active plugin(s) serving {Types} appraisal type(s); {Problems} plugin folder(s) with problems.",
            registry.ActiveById.Count, registry.Types.Length,
            registry.Entries.Count(e => e.Status is PluginStatus.NotSupported or PluginStatus.Malfunctioned));
    }

    /// <summary>
    /// Looks at the sources now and applies what changed; when some folder is still being written, looks
    /// again after the debounce (a bounded number of times) before returning.
    /// </summary>
    public async Task RescanAsync(CancellationToken cancellationToken = default)
    {
        for (var round = 0; ; round++)
        {
            var lookAgain = await LookAndReconcileAsync(cancellationToken);
            if (!lookAgain || round == MaxSettleRounds)
            {
                return;
            }

            await Task.Delay(_options.Debounce, cancellationToken);
        }
    }

    /// <summary>
    /// Disables or re-enables a plugin id, persisted through the state store. A disabled plugin stops serving
    /// and is unloaded; re-enabling also gives a Malfunctioned or NotSupported version another try.
    /// </summary>
    public async Task SetEnabledAsync(string pluginId, bool enabled, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _store.SetDisabledAsync(pluginId, !enabled, cancellationToken);
        bool changed;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (enabled)
            {
                _disabled.Remove(pluginId);
                foreach (var key in _failures.Keys.Where(k => k.StartsWith(pluginId + "@", StringComparison.Ordinal)).ToList())
                {
                    _failures.Remove(key);
                }
            }
            else
            {
                _disabled.Add(pluginId);
            }

            _logger.LogInformation("Plugin {Id} was {Action} by an administrator.", pluginId, enabled ? "enabled" : "disabled");
            changed = (await ReconcileLockedAsync(cancellationToken)).ActiveSetChanged;
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

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        StopWatching();
        if (_watchLoop is not null)
        {
            await _watchLoop;
        }

        await _gate.WaitAsync();
        try
        {
            var previous = Volatile.Read(ref _registry);
            Volatile.Write(ref _registry, PluginRegistry.Empty);
            foreach (var plugin in previous.ActiveById.Values)
            {
                RetireInBackground(plugin);
            }
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            await Task.WhenAll(_background.Keys).WaitAsync(_options.UnloadLeaseTimeout + TimeSpan.FromSeconds(3));
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Plugin unloads were still running when the catalog was disposed.");
        }

        _stopping.Dispose();
    }

    private static void ValidateOptions(PluginCatalogOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.StagingDirectory);
        var staging = Path.GetFullPath(options.StagingDirectory) + Path.DirectorySeparatorChar;
        foreach (var source in options.Sources)
        {
            var folder = Path.GetFullPath(source.Folder) + Path.DirectorySeparatorChar;
            if (staging.StartsWith(folder, StringComparison.Ordinal) || folder.StartsWith(staging, StringComparison.Ordinal))
            {
                // Staged copies inside a source would be found as plugins, and staging would trigger the watcher.
                throw new ArgumentException(
                    $"The staging directory {options.StagingDirectory} and the plugin source {source.Folder} must not contain each other.",
                    nameof(options));
            }
        }

        if (options.Debounce <= TimeSpan.Zero || options.PollInterval <= TimeSpan.Zero || options.CallTimeout <= TimeSpan.Zero
            || options.SmokeTestTimeout <= TimeSpan.Zero || options.UnloadLeaseTimeout < TimeSpan.Zero)
        {
            throw new ArgumentException("Plugin catalog intervals and timeouts must be positive.", nameof(options));
        }
    }

    private async Task LoadDisabledAsync(CancellationToken cancellationToken)
    {
        try
        {
            var disabled = await _store.GetDisabledAsync(cancellationToken);
            await _gate.WaitAsync(cancellationToken);
            try
            {
                _disabled.UnionWith(disabled);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not read which plugins are disabled; starting with all enabled.");
        }
    }

    private void TryCreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not create the plugin folder {Folder}: {Reason}", folder, ex.Message);
        }
    }

    private void RaiseChanged()
    {
        try
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "A handler of PluginCatalog.Changed threw.");
        }
    }

    private sealed record Failure(PluginStatus Status, string Error, PluginRetry RetryWhen);

    private readonly record struct ReconcileOutcome(bool ActiveSetChanged, bool LookAgainSoon);
}
