namespace Appraisal.Core.Campaigns;

/// <summary>The codes of one draw, in print order, with the draw's number and seed commitment.</summary>
public sealed record IssuedBatch(int DrawNo, string Commitment, IReadOnlyList<IssuedBallot> Ballots);
