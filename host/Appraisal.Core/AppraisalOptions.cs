using Appraisal.Core.Storage;

namespace Appraisal.Core;

/// <summary>The <c>Appraisal</c> configuration section (DESIGN §4).</summary>
public sealed class AppraisalOptions
{
    public const string Section = "Appraisal";

    /// <summary>Database, staged plugins and uploads. Relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The folder admins drop plugins into; <c>&lt;DataDirectory&gt;/plugins</c> when unset.</summary>
    public string? PluginDirectory { get; set; }

    /// <summary>Where the plugins built with the solution are; <c>&lt;app&gt;/plugins</c> when unset.</summary>
    public string? BundledPluginDirectory { get; set; }

    /// <summary>The admin API key. When unset, one is generated at first start, stored hashed, and printed once.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Whether to watch the plugin folder and apply changes while running.</summary>
    public bool WatchPlugins { get; set; } = true;

    /// <summary>Creates the demo campaigns on first start with an empty database (<c>Appraisal:Demo</c>, default true).</summary>
    public bool Demo { get; set; } = true;

    /// <summary>Which database the host uses (<c>Appraisal:Database</c>); SQLite in the data directory by default.</summary>
    public DatabaseOptions Database { get; set; } = new();

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);

    public string FullPluginDirectory => Path.GetFullPath(PluginDirectory ?? Path.Combine(FullDataDirectory, "plugins"));

    public string FullBundledPluginDirectory =>
        Path.GetFullPath(BundledPluginDirectory ?? Path.Combine(AppContext.BaseDirectory, "plugins"));
}
