namespace Appraisal.Core.Ballots;

/// <summary>
/// 回执: what a voter keeps. <see cref="Token"/> is random and known only to the voter; the published receipt list
/// holds its digest at position <see cref="Position"/> of the chain. It proves the ballot was counted, not what it
/// said: nothing stored or published joins a receipt to a ballot's content (DESIGN §6).
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Token">The secret the voter keeps (base64url, 22 characters).</param>
/// <param name="Digest">SHA-256 hex of the token, as published.</param>
/// <param name="Position">1-based position of the digest in the receipt chain.</param>
/// <param name="ChainHead">The chain head right after this receipt, hex.</param>
public sealed record BallotReceipt(string CampaignId, string Token, string Digest, long Position, string ChainHead);
