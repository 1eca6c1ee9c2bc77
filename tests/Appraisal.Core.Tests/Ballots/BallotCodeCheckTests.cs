using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>The check character must catch every single-character error and every swap, not most of them.</summary>
public sealed class BallotCodeCheckTests
{
    private const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly string[] Sample = [.. Enumerable.Range(0, 200).Select(_ => BallotCode.Generate().Canonical)];

    [Fact]
    public void Every_single_character_substitution_is_caught()
    {
        var tried = 0;
        foreach (var canonical in Sample)
        {
            for (var position = 0; position < BallotCode.Length; position++)
            {
                foreach (var other in Symbols.Where(s => s != canonical[position]))
                {
                    var typo = canonical[..position] + other + canonical[(position + 1)..];
                    AssertCaught(typo);
                    tried++;
                }
            }
        }

        Assert.Equal(200 * 15 * 31, tried);
    }

    [Fact]
    public void Every_adjacent_transposition_is_caught()
    {
        var tried = 0;
        foreach (var canonical in Sample)
        {
            for (var position = 0; position + 1 < BallotCode.Length; position++)
            {
                if (canonical[position] != canonical[position + 1])
                {
                    AssertCaught(Swap(canonical, position, position + 1));
                    tried++;
                }
            }
        }

        Assert.True(tried > 200 * 14 * 9 / 10, $"Only {tried} swaps changed a code.");
    }

    [Fact]
    public void Every_transposition_at_any_distance_is_caught()
    {
        foreach (var canonical in Sample)
        {
            for (var i = 0; i < BallotCode.Length; i++)
            {
                for (var j = i + 1; j < BallotCode.Length; j++)
                {
                    if (canonical[i] != canonical[j])
                    {
                        AssertCaught(Swap(canonical, i, j));
                    }
                }
            }
        }
    }

    private static void AssertCaught(string typo)
    {
        Assert.False(BallotCode.TryParse(typo, out _, out var problem), $"{typo} was accepted.");
        Assert.Equal(BallotCodeProblemKind.CheckCharacterMismatch, problem.Kind);
    }

    private static string Swap(string text, int i, int j)
    {
        var characters = text.ToCharArray();
        (characters[i], characters[j]) = (characters[j], characters[i]);
        return new string(characters);
    }
}
