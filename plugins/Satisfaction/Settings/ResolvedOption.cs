using Appraisal.PluginApi;

namespace Appraisal.Plugins.Satisfaction.Settings;

/// <summary>A scale option as the tally uses it, after the campaign's settings are applied.</summary>
/// <param name="Key">The option key.</param>
/// <param name="Label">What raters read.</param>
/// <param name="Value">Points on the 100-point mapping; null when the option scores nothing.</param>
/// <param name="ValueSource">Where the value came from.</param>
/// <param name="Satisfied">Counted in the numerator of 满意率.</param>
/// <param name="Abstain">不了解 / 弃权.</param>
/// <param name="Complaint">A 差评, listed for follow-up.</param>
internal sealed record ResolvedOption(
    string Key,
    LocalizedText Label,
    decimal? Value,
    SettingSource ValueSource,
    bool Satisfied,
    bool Abstain,
    bool Complaint);
