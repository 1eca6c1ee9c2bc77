namespace Appraisal.Core.Plugins;

/// <summary>A plugin folder changed while the catalog was copying it; the next look will see the change and try again.</summary>
internal sealed class PluginFolderChangedException(string message) : IOException(message);
