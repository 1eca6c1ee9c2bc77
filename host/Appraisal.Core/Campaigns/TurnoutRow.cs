namespace Appraisal.Core.Campaigns;

/// <summary>参评情况 of one rater group: codes issued (not voided) and ballots returned. Counts only.</summary>
/// <param name="GroupKey">The rater group.</param>
/// <param name="Issued">Codes issued and not voided; a public link issues none.</param>
/// <param name="Returned">Ballots cast: spent codes, plus the public group's public-link ballots that spent no code.</param>
/// <param name="Voided">Codes voided.</param>
/// <param name="ViaPublicLink">Of the ballots returned, those cast from the public survey page (with or without a code).</param>
public sealed record TurnoutRow(string GroupKey, int Issued, int Returned, int Voided, int ViaPublicLink = 0);
