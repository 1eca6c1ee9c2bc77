namespace Appraisal.Core.Declarative;

/// <summary>A score band: a rounded score at or above <paramref name="Minimum"/> (and below the next tier) earns <paramref name="Label"/>.</summary>
internal sealed record Tier(decimal Minimum, string Label);
