namespace Appraisal.PluginApi;

/// <summary>
/// The entry point of a compiled plugin. The host creates the one public, non-abstract implementation in
/// the plugin's entry assembly (it needs a public parameterless constructor) once per loaded plugin version.
/// </summary>
public interface IAppraisalPlugin
{
    /// <summary>
    /// Returns the appraisal types this plugin provides. Their keys must match the manifest's
    /// <c>appraisalTypes</c>. Called once, before activation; keep it free of I/O.
    /// </summary>
    IReadOnlyList<IAppraisalType> CreateAppraisalTypes(PluginContext context);
}
