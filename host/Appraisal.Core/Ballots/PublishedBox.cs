namespace Appraisal.Core.Ballots;

/// <summary>
/// A published ballot box (DESIGN §6): the anonymous ballot sheets in their stored (random) order, the receipt
/// digests in chain order, the chain head and the box digest. The two lists are separate on purpose: a voter finds
/// their receipt digest, and can check that the counts agree with the tally, but cannot point at their ballot.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="BallotsCast">Receipts in the chain, which equals the ballots cast.</param>
/// <param name="ChainHead">Hex of the receipt chain head sealed at close.</param>
/// <param name="BoxDigest">Hex of the order-free digest of every stored sheet, sealed at close.</param>
/// <param name="ReceiptDigests">Receipt digests, hex, in chain order.</param>
/// <param name="Sheets">Ballot sheets; those of a rater group that cast fewer ballots than the minimum cell size are withheld.</param>
/// <param name="WithheldSheets">How many sheets were withheld as too few to publish safely.</param>
public sealed record PublishedBox(
    string CampaignId,
    int BallotsCast,
    string ChainHead,
    string BoxDigest,
    IReadOnlyList<string> ReceiptDigests,
    IReadOnlyList<PublishedSheet> Sheets,
    int WithheldSheets);
