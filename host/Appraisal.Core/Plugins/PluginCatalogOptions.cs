namespace Appraisal.Core.Plugins;

/// <summary>Where the <see cref="PluginCatalog"/> finds plugins, where it stages them, and how patient it is with them.</summary>
public sealed class PluginCatalogOptions
{
    /// <summary>Folders to scan: typically the bundled folder and the drop folder.</summary>
    public IReadOnlyList<PluginSource> Sources { get; init; } = [];

    /// <summary>
    /// Where plugin folders are copied before loading (<c>&lt;staging&gt;/&lt;id&gt;/&lt;version&gt;-&lt;sha8&gt;/</c>),
    /// so the drop folder can be replaced or deleted while a plugin is loaded. Must not lie inside a source.
    /// </summary>
    public required string StagingDirectory { get; init; }

    /// <summary>Watch the sources and apply changes while running; when false only <see cref="PluginCatalog.RescanAsync"/> does.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>How long a folder must stay unchanged between two looks before the catalog acts on it.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Rescan this often even without file system events (they can be lost or unsupported).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a guarded call into a plugin may take before the plugin is marked Malfunctioned.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the smoke test of a new plugin version may take.</summary>
    public TimeSpan SmokeTestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an unload waits for calls in flight before unloading anyway (the unload then completes when they end).</summary>
    public TimeSpan UnloadLeaseTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The catalog options the host derives from the <c>Appraisal</c> configuration section.</summary>
    public static PluginCatalogOptions From(AppraisalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PluginCatalogOptions
        {
            Sources =
            [
                new PluginSource(options.FullBundledPluginDirectory, Bundled: true),
                new PluginSource(options.FullPluginDirectory, Bundled: false),
            ],
            StagingDirectory = Path.Combine(options.FullDataDirectory, "staging", "plugins"),
            Watch = options.WatchPlugins,
        };
    }
}
