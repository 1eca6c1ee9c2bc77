using System.Security.Cryptography;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>A byte source that hands out a fixed sequence again and again, so draws can be checked exactly.</summary>
internal sealed class FixedRandom(params byte[] sequence) : RandomNumberGenerator
{
    private int _next;

    /// <summary>Bytes 0, 1, …, 255, then 0 again: every byte value once per 256 bytes.</summary>
    public static FixedRandom EveryByteValue() => new(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray());

    public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

    public override void GetBytes(Span<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = sequence[_next];
            _next = (_next + 1) % sequence.Length;
        }
    }
}
