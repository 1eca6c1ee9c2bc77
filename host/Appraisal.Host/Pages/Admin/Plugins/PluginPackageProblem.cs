using Appraisal.PluginApi;

namespace Appraisal.Host.Pages.Admin.Plugins;

/// <summary>Why an uploaded plugin package was refused; nothing was written to the plugin directory.</summary>
public sealed class PluginPackageProblem(LocalizedText text) : Exception(text.En)
{
    public LocalizedText Text { get; } = text;
}
