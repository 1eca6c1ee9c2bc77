using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>
/// How a ballot sheet is stored and fingerprinted. New sheets are stored compact (<see cref="CompactSheetCodec"/>);
/// sheets stored before that, and any the campaign's numbering cannot express, are JSON (<see cref="BallotSheetCodec"/>),
/// and a box may hold both. Whatever the stored form, a sheet's digest is the one its receipt and the published box
/// have always meant: <see cref="BallotSheetCodec.Digest"/> over the canonical JSON of its answers. So anyone can
/// still recompute it from the published answers, and <c>verify</c> recomputes it from the compact bytes by
/// writing their JSON again.
/// </summary>
public static class SheetStorage
{
    /// <summary>The bytes to store for a validated sheet of <paramref name="raterGroup"/>, and its digest.</summary>
    /// <exception cref="ArgumentException">The answers cannot be stored (see <see cref="BallotSheetCodec.Encode"/>).</exception>
    public static (byte[] Stored, byte[] Digest) Store(string raterGroup, IReadOnlyList<Answer> answers, SheetKeys keys)
    {
        var canonical = BallotSheetCodec.Encode(answers);
        return (CompactSheetCodec.TryEncode(answers, keys) ?? canonical, BallotSheetCodec.Digest(raterGroup, canonical));
    }

    /// <summary>The answers of a stored sheet in either form.</summary>
    /// <exception cref="FormatException">The bytes are not a ballot sheet of this campaign.</exception>
    public static IReadOnlyList<Answer> Decode(ReadOnlySpan<byte> stored, SheetKeys keys, StringPool? pool = null) =>
        CompactSheetCodec.IsCompact(stored) ? CompactSheetCodec.Decode(stored, keys, pool) : BallotSheetCodec.Decode(stored, pool);

    /// <summary>
    /// The digest a stored sheet must have: over the stored bytes themselves for a JSON sheet (as it always was), over
    /// the canonical JSON of the decoded answers for a compact one.
    /// </summary>
    /// <exception cref="FormatException">A compact sheet that does not decode.</exception>
    public static byte[] Digest(string raterGroup, ReadOnlySpan<byte> stored, SheetKeys keys) =>
        CompactSheetCodec.IsCompact(stored)
            ? BallotSheetCodec.Digest(raterGroup, BallotSheetCodec.Encode(CompactSheetCodec.Decode(stored, keys)))
            : BallotSheetCodec.Digest(raterGroup, stored);
}
