using Appraisal.PluginApi;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>Registers the 民主评议党员 appraisal type.</summary>
public sealed class DemocraticReviewPlugin : IAppraisalPlugin
{
    public IReadOnlyList<IAppraisalType> CreateAppraisalTypes(PluginContext context) =>
        [new DemocraticReviewType(context)];
}
