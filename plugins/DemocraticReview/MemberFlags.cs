using Appraisal.PluginApi;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// Flags a tally raises for the 组织评定 step. They are prompts, never grades: the committee decides "根据评议情况和
/// 党员日常表现", 不唯票数 (DOMAIN §1.3, §1.4).
/// </summary>
internal static class MemberFlags
{
    public const string UnqualifiedShare = "UNQUALIFIED_SHARE";
    public const string NegativeSigns = "NEGATIVE_SIGNS";
    public const string ExcellentCandidate = "EXCELLENT_CANDIDATE";

    public static LocalizedText Label(string code, ReviewSettings settings) => code switch
    {
        UnqualifiedShare => new($"不合格票≥{Percent(settings.UnqualifiedFlagPercent)}%",
            $"Unqualified votes ≥ {Percent(settings.UnqualifiedFlagPercent)}%"),
        NegativeSigns => new($"勾选反向情形的选票>{Percent(settings.NegativeSignsFlagPercent)}%",
            $"Ballots ticking a warning sign > {Percent(settings.NegativeSignsFlagPercent)}%"),
        ExcellentCandidate => new("优秀候选", "Candidate for excellent"),
        _ => LocalizedText.Same(code),
    };

    /// <summary>A percent as people write it: 50, 33.33.</summary>
    public static string Percent(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
