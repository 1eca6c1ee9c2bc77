using System.Globalization;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// The local-practice rules of a campaign (DOMAIN §1.4 marks every numeric one [L] or leaves it open). Each is
/// read from the campaign's settings, then from the manifest's <c>settings</c>, then falls back to the default
/// here. A value that cannot be read falls back the same way and is named in <see cref="Unreadable"/>, so the
/// report says so instead of the tally failing after the votes are in.
/// </summary>
internal sealed record ReviewSettings(
    decimal UnqualifiedFlagPercent,
    decimal NegativeSignsFlagPercent,
    decimal ExcellentCandidatePercent,
    string CapMode,
    CapFraction CapFraction,
    string CapBase,
    bool ListProbationary,
    IReadOnlyList<string> Unreadable)
{
    public const string UnqualifiedFlagPercentKey = "unqualifiedFlagPercent";
    public const string NegativeSignsFlagPercentKey = "negativeSignsFlagPercent";
    public const string ExcellentCandidatePercentKey = "excellentCandidatePercent";
    public const string CapModeKey = "excellentCapMode";
    public const string CapFractionKey = "excellentCapFraction";
    public const string CapBaseKey = "excellentCapBase";
    public const string ListProbationaryKey = "listProbationary";

    public const string CapFlag = "flag";
    public const string CapEnforce = "enforce";
    public const string CapOff = "off";
    public const string BaseFull = "full";
    public const string BaseAll = "all";

    /// <summary>The defaults, each with its DOMAIN source in <see cref="RuleBook"/>.</summary>
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [UnqualifiedFlagPercentKey] = "50",
        [NegativeSignsFlagPercentKey] = "50",
        [ExcellentCandidatePercentKey] = "50",
        [CapModeKey] = CapFlag,
        [CapFractionKey] = "1/3",
        [CapBaseKey] = BaseFull,
        [ListProbationaryKey] = "true",
    };

    public static ReviewSettings Read(IReadOnlyDictionary<string, string>? campaign, IReadOnlyDictionary<string, string>? manifest)
    {
        var unreadable = new List<string>();
        T Read<T>(string key, Func<string, T?> parse)
            where T : struct
        {
            foreach (var layer in new[] { campaign, manifest })
            {
                if (layer is not null && layer.TryGetValue(key, out var text))
                {
                    if (parse(text?.Trim() ?? "") is { } value)
                    {
                        return value;
                    }

                    unreadable.Add(key);
                }
            }

            return parse(Defaults[key])!.Value;
        }

        string ReadChoice(string key, params string[] allowed) =>
            allowed[Read(key, text => Array.IndexOf(allowed, text.ToLowerInvariant()) is var i and >= 0 ? i : (int?)null)];

        return new ReviewSettings(
            Read(UnqualifiedFlagPercentKey, Percent),
            Read(NegativeSignsFlagPercentKey, Percent),
            Read(ExcellentCandidatePercentKey, Percent),
            ReadChoice(CapModeKey, CapFlag, CapEnforce, CapOff),
            Read(CapFractionKey, CapFraction.Parse),
            ReadChoice(CapBaseKey, BaseFull, BaseAll),
            Read(ListProbationaryKey, text => bool.TryParse(text, out var b) ? b : (bool?)null),
            unreadable.Distinct(StringComparer.Ordinal).ToArray());
    }

    private static decimal? Percent(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0m and <= 100m
            ? value
            : null;
}
