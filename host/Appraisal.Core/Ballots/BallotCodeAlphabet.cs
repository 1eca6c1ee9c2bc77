namespace Appraisal.Core.Ballots;

/// <summary>
/// The 32 symbols a ballot code is written in: Crockford's base32 (https://www.crockford.com/base32.html),
/// digits and capital letters without I, L, O and U. Those four are dropped because on a paper slip or a phone
/// screen I and L read as 1, O reads as 0, and U is one stroke away from V; when a voter types them anyway they
/// are read as the symbol they resemble, so a look-alike is never an error. Only [0-9A-Z] remain, so a code is
/// safe in a URL path and fits a QR code's alphanumeric mode.
/// </summary>
internal static class BallotCodeAlphabet
{
    /// <summary>The symbols in value order: the symbol at index v stands for the 5-bit value v.</summary>
    public const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly sbyte[] ValueByAscii = BuildValueTable();

    /// <summary>
    /// The 5-bit value of a typed character: case-insensitive, with O read as 0, I and L as 1 and U as V.
    /// False for anything that is not a symbol or a look-alike of one.
    /// </summary>
    public static bool TryGetValue(char typed, out int value)
    {
        value = typed < ValueByAscii.Length ? ValueByAscii[typed] : -1;
        return value >= 0;
    }

    private static sbyte[] BuildValueTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (var value = 0; value < Symbols.Length; value++)
        {
            var symbol = Symbols[value];
            table[symbol] = (sbyte)value;
            table[char.ToLowerInvariant(symbol)] = (sbyte)value;
        }

        foreach (var (lookAlike, meant) in new[] { ('O', '0'), ('I', '1'), ('L', '1'), ('U', 'V') })
        {
            table[lookAlike] = table[meant];
            table[char.ToLowerInvariant(lookAlike)] = table[meant];
        }

        return table;
    }
}
