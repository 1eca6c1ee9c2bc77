using Appraisal.PluginApi;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>Registers the 满意度测评 appraisal type, with plugin.json's settings as its defaults.</summary>
public sealed class SatisfactionPlugin : IAppraisalPlugin
{
    public IReadOnlyList<IAppraisalType> CreateAppraisalTypes(PluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new SatisfactionType(context.Settings ?? new Dictionary<string, string>())];
    }
}
