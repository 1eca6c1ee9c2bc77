using Appraisal.PluginApi;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>A tier (等次) and the lowest score it takes; the lowest tier has no threshold.</summary>
internal sealed record AgencyTier(LocalizedText Name, decimal? Threshold);
