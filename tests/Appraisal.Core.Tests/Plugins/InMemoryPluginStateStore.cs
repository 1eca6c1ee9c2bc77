using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>The state store of the catalog tests: disabled ids and the last saved entries, in memory.</summary>
internal sealed class InMemoryPluginStateStore : IPluginStateStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private IReadOnlyList<PluginEntry> _saved = [];

    public IReadOnlyList<PluginEntry> Saved
    {
        get
        {
            lock (_gate)
            {
                return _saved;
            }
        }
    }

    public Task<IReadOnlySet<string>> GetDisabledAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlySet<string>>(_disabled.ToHashSet(StringComparer.Ordinal));
        }
    }

    public Task SetDisabledAsync(string pluginId, bool disabled, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (disabled)
            {
                _disabled.Add(pluginId);
            }
            else
            {
                _disabled.Remove(pluginId);
            }
        }

        return Task.CompletedTask;
    }

    public Task SaveAsync(IReadOnlyList<PluginEntry> entries, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _saved = entries;
        }

        return Task.CompletedTask;
    }
}
