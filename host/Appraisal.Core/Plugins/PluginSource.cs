namespace Appraisal.Core.Plugins;

/// <summary>A folder whose subfolders are plugins (one plugin per subfolder).</summary>
/// <param name="Folder">Absolute or relative path of the folder.</param>
/// <param name="Bundled">True for the plugins built with the solution, false for the folder admins drop plugins into.</param>
public sealed record PluginSource(string Folder, bool Bundled);
