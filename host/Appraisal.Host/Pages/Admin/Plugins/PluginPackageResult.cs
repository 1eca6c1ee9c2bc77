namespace Appraisal.Host.Pages.Admin.Plugins;

/// <summary>A package installed: its manifest id and version, and the folder it now has in the plugin directory.</summary>
public sealed record PluginPackageResult(string Id, string Version, string Folder);
