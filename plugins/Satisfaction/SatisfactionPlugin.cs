using Appraisal.PluginApi;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>Registers the 满意度测评 appraisal type.</summary>
public sealed class SatisfactionPlugin : IAppraisalPlugin
{
    public IReadOnlyList<IAppraisalType> CreateAppraisalTypes(PluginContext context) => new IAppraisalType[] { new SatisfactionType() };
}
