using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Distribution;

/// <summary>
/// What a campaign stores about one draw: the strategy, its parameters, the published commitment and, after close,
/// the revealed seed. To reproduce a draw, run the same strategy with the same inputs and <see cref="RevealedDrawSeed"/>.
/// </summary>
/// <param name="Strategy">One of <see cref="DistributionStrategies.All"/>.</param>
/// <param name="Parameters">The strategy's settings as text (e.g. <c>subjectsPerRater = 10</c>), shown to auditors.</param>
/// <param name="Commitment">SHA-256 hex of the seed, published before codes go out.</param>
/// <param name="RevealedSeed">The seed's hex, set only after close.</param>
public sealed record DrawRecord(
    string Strategy,
    IReadOnlyDictionary<string, string> Parameters,
    string Commitment,
    string? RevealedSeed = null)
{
    /// <summary>Records a draw about to be made with <paramref name="seed"/>; only its commitment is kept.</summary>
    public static DrawRecord Commit(string strategy, IReadOnlyDictionary<string, string> parameters, DrawSeed seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(seed);
        if (!DistributionStrategies.All.Contains(strategy))
        {
            throw new ArgumentException($"Unknown distribution strategy '{strategy}'.", nameof(strategy));
        }
        return new DrawRecord(strategy, parameters, seed.Commitment);
    }

    /// <summary>The record after close, with the seed revealed. Refuses a seed that does not match the commitment.</summary>
    public DrawRecord Reveal(DrawSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!DrawSeed.Verify(seed.Hex, Commitment))
        {
            throw new ArgumentException("The seed does not match this draw's published commitment.", nameof(seed));
        }
        return this with { RevealedSeed = seed.Hex };
    }

    /// <summary>Whether a seed has been revealed and matches the published commitment.</summary>
    public bool IsVerified => RevealedSeed is not null && DrawSeed.Verify(RevealedSeed, Commitment);

    /// <summary>The revealed seed, checked against the commitment, for re-running the draw.</summary>
    public DrawSeed RevealedDrawSeed()
    {
        if (!IsVerified)
        {
            throw new InvalidOperationException(RevealedSeed is null
                ? "The seed of this draw has not been revealed yet."
                : "The revealed seed does not match the published commitment.");
        }
        return DrawSeed.FromHex(RevealedSeed!);
    }
}
