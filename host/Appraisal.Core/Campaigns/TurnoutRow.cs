namespace Appraisal.Core.Campaigns;

/// <summary>参评情况 of one rater group: codes issued (not voided) and ballots returned. Counts only.</summary>
public sealed record TurnoutRow(string GroupKey, int Issued, int Returned, int Voided);
