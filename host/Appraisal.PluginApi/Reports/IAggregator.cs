namespace Appraisal.PluginApi.Reports;

/// <summary>Turns a campaign's anonymous ballots into a report. Pure and deterministic: the same input gives the same report.</summary>
public interface IAggregator
{
    /// <summary>Tallies the ballots. Long tallies should observe <paramref name="cancellationToken"/>.</summary>
    AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken);
}
