namespace Appraisal.Core.Declarative;

/// <summary>A built-in strategy or rule named in <c>plugin.json</c>, with its settings flattened to strings.</summary>
/// <param name="Name">The strategy or rule name, e.g. <c>weighted-score</c>.</param>
/// <param name="Settings">Its settings (for rules: its parameters).</param>
/// <param name="Field">Where it was declared, e.g. <c>types[0].aggregation</c>, so later problems can name the field.</param>
public sealed record DeclarativeStrategyManifest(string Name, IReadOnlyDictionary<string, string> Settings, string Field);
