using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Appraisal.PluginApi;

namespace Appraisal.Core.Plugins;

/// <summary>
/// A plugin version that passed its smoke test. This is the only place the host keeps objects a plugin
/// created (its <see cref="IAppraisalType"/> instances); everything else holds the host-made snapshots. Calls
/// take a lease, and an unload waits for the leases to drain before it lets go of the load context. A declarative
/// plugin has no load context (its types are host objects); it is leased, retired and unloaded the same way, so
/// removal and supersession look alike from outside, and its unload is collected at once.
/// </summary>
internal sealed class LoadedPlugin
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PluginLoadContext? _context;
    private Dictionary<string, IAppraisalType>? _types;
    private int _leases;
    private bool _retired;

    public LoadedPlugin(
        PluginFolder folder,
        string stagedFolder,
        PluginLoadContext? context,
        Dictionary<string, IAppraisalType> types,
        ImmutableArray<ActiveAppraisalType> appraisalTypes)
    {
        Folder = folder;
        StagedFolder = stagedFolder;
        _context = context;
        _types = types;
        AppraisalTypes = appraisalTypes;
    }

    public PluginFolder Folder { get; }

    public string Id => Folder.Manifest!.Id;

    public string Version => Folder.Manifest!.Version.ToString();

    /// <summary><c>id@version</c>.</summary>
    public string DisplayName => Folder.DisplayName;

    public string AttemptKey => Folder.AttemptKey;

    public string StagedFolder { get; }

    /// <summary>Host-owned snapshots of the types it serves.</summary>
    public ImmutableArray<ActiveAppraisalType> AppraisalTypes { get; }

    /// <summary>Takes a lease for one call to the type <paramref name="key"/>; false once the plugin is retired.</summary>
    public bool TryAcquire(string key, [NotNullWhen(true)] out IAppraisalType? type)
    {
        lock (_gate)
        {
            type = null;
            if (_retired || _types is null || !_types.TryGetValue(key, out type))
            {
                return false;
            }

            _leases++;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _leases--;
            if (_retired && _leases == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>Refuses new leases from now on; idempotent.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            if (_leases == 0)
            {
                _drained.TrySetResult();
            }
        }
    }

    /// <summary>Waits until every lease is returned, at most <paramref name="cap"/>; false when some call is still running.</summary>
    public async Task<bool> WaitForLeasesAsync(TimeSpan cap)
    {
        try
        {
            await _drained.Task.WaitAsync(cap);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Forgets the plugin's objects, starts unloading its context and returns a weak reference to it, for the
    /// caller to watch the collection; null when there is no context to watch (a declarative plugin, or a second
    /// call). Not inlined, so no JIT-extended local in a caller keeps the context alive.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public WeakReference? Unload()
    {
        PluginLoadContext? context;
        lock (_gate)
        {
            context = _context;
            _context = null;
            _types = null;
        }

        if (context is null)
        {
            return null;
        }

        context.Unload();
        return new WeakReference(context, trackResurrection: true);
    }

    /// <summary>A weak reference to the load context while loaded, for tests that watch it being collected.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public WeakReference? ContextReference()
    {
        lock (_gate)
        {
            return _context is null ? null : new WeakReference(_context, trackResurrection: true);
        }
    }
}
