using Appraisal.PluginApi;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>Registers the 人民满意机关 appraisal type.</summary>
public sealed class PeopleSatisfiedAgencyPlugin : IAppraisalPlugin
{
    public IReadOnlyList<IAppraisalType> CreateAppraisalTypes(PluginContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new IAppraisalType[] { new PeopleSatisfiedAgencyType(context) };
    }
}
