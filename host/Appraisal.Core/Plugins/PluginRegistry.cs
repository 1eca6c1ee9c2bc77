using System.Collections.Immutable;

namespace Appraisal.Core.Plugins;

/// <summary>
/// One immutable state of the catalog: the active plugin per id, which plugin serves each appraisal type, the
/// host-owned type snapshots and the entries. Replaced as a whole (copy on write), so readers and guarded
/// calls never see a half-applied change and never take a lock.
/// </summary>
internal sealed class PluginRegistry
{
    public PluginRegistry(IReadOnlyDictionary<string, LoadedPlugin> activeById, IEnumerable<PluginEntry> entries)
    {
        ActiveById = activeById.ToImmutableDictionary(StringComparer.Ordinal);
        ByTypeKey = ActiveById.Values
            .SelectMany(plugin => plugin.AppraisalTypes.Select(type => KeyValuePair.Create(type.Key, plugin)))
            .ToImmutableDictionary(StringComparer.Ordinal);
        Types = [.. ActiveById.Values.SelectMany(plugin => plugin.AppraisalTypes).OrderBy(type => type.Key, StringComparer.Ordinal)];
        Entries = [.. entries];
    }

    public static PluginRegistry Empty { get; } = new(ImmutableDictionary<string, LoadedPlugin>.Empty, []);

    public ImmutableDictionary<string, LoadedPlugin> ActiveById { get; }

    public ImmutableDictionary<string, LoadedPlugin> ByTypeKey { get; }

    public ImmutableArray<ActiveAppraisalType> Types { get; }

    public ImmutableArray<PluginEntry> Entries { get; }
}
