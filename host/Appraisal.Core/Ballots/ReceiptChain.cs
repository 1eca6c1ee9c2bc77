using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The hash chain of a campaign's ballot box: <c>head₀ = SHA-256("appraisal.chain.v1\n" ‖ campaignId)</c>,
/// <c>headₙ = SHA-256(headₙ₋₁ ‖ receiptDigestₙ)</c>. It runs over receipt digests in casting order, and a receipt
/// digest is <c>SHA-256("appraisal.receipt.v1\n" ‖ token)</c> of a token only the voter holds, so the chain's order
/// reveals nothing about any ballot's content. The content is sealed at close by <see cref="BoxDigest"/>, an
/// order-free digest of every stored ballot.
/// </summary>
public static class ReceiptChain
{
    /// <summary>The head of an empty chain.</summary>
    public static byte[] Genesis(string campaignId) => SHA256.HashData(Encoding.UTF8.GetBytes("appraisal.chain.v1\n" + campaignId));

    /// <summary>The head after appending <paramref name="receiptDigest"/>.</summary>
    public static byte[] Next(ReadOnlySpan<byte> head, ReadOnlySpan<byte> receiptDigest)
    {
        Span<byte> buffer = stackalloc byte[64];
        head.CopyTo(buffer);
        receiptDigest.CopyTo(buffer[32..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>The digest of a receipt token as it appears in the chain and the published list.</summary>
    public static byte[] ReceiptDigest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes("appraisal.receipt.v1\n" + token));

    /// <summary>A new receipt token: 16 random bytes, base64url.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>SHA-256 over the ballot digests sorted bytewise: the same set gives the same digest in any order.</summary>
    public static byte[] BoxDigest(IEnumerable<byte[]> ballotDigests)
    {
        ArgumentNullException.ThrowIfNull(ballotDigests);
        var sorted = ballotDigests.ToList();
        sorted.Sort(static (a, b) => a.AsSpan().SequenceCompareTo(b));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("appraisal.box.v1\n"));
        foreach (var digest in sorted)
        {
            hash.AppendData(digest);
        }

        return hash.GetHashAndReset();
    }
}
