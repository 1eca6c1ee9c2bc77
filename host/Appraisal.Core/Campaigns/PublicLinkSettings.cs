namespace Appraisal.Core.Campaigns;

/// <summary>
/// 公开链接 / 二维码 mode of a campaign, read from its settings: citizens fill the survey from a public page with no
/// code (DOMAIN §2), one ballot per device, counted under one rater group. Settings are given when the campaign is
/// created and never change afterwards, so the mode is fixed before a ballot can be cast.
/// </summary>
/// <param name="Enabled"><c>public.enabled</c>: whether the public page takes ballots (default false).</param>
/// <param name="GroupKey"><c>public.group</c>: the rater group public ballots count under; set when enabled.</param>
/// <param name="OneTimeCodes"><c>public.one-time-codes</c>: the public page also asks for a code of the campaign, spent as usual.</param>
public sealed record PublicLinkSettings(bool Enabled, string? GroupKey, bool OneTimeCodes)
{
    public const string EnabledKey = "public.enabled";
    public const string GroupKeyKey = "public.group";
    public const string OneTimeCodesKey = "public.one-time-codes";

    private const string Prefix = "public.";

    /// <summary>Ballots cast from the public page that spend no code: counted by their device rows instead.</summary>
    public bool CastsWithoutCode => Enabled && !OneTimeCodes;

    /// <summary>The mode of stored settings (already checked by <see cref="FindProblem"/>).</summary>
    public static PublicLinkSettings Of(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new PublicLinkSettings(
            settings.GetValueOrDefault(EnabledKey) == "true",
            settings.GetValueOrDefault(GroupKeyKey),
            settings.GetValueOrDefault(OneTimeCodesKey) == "true");
    }

    /// <summary>
    /// The first thing wrong with the <c>public.*</c> settings, or null. Unknown <c>public.*</c> keys are refused
    /// rather than ignored: a misspelt <c>public.one-time-code</c> would otherwise open a survey without codes.
    /// </summary>
    internal static CampaignProblem? FindProblem(IReadOnlyDictionary<string, string> settings)
    {
        foreach (var key in settings.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (key is not (EnabledKey or GroupKeyKey or OneTimeCodesKey))
            {
                return Invalid(key, $"未知的公开链接设置 {key}（可用：{EnabledKey}、{GroupKeyKey}、{OneTimeCodesKey}）。",
                    $"Unknown public link setting {key} (known: {EnabledKey}, {GroupKeyKey}, {OneTimeCodesKey}).");
            }
        }

        foreach (var key in new[] { EnabledKey, OneTimeCodesKey })
        {
            if (settings.TryGetValue(key, out var value) && value is not ("true" or "false"))
            {
                return Invalid(key, $"{key} 须为 true 或 false。", $"{key} must be true or false.");
            }
        }

        var group = settings.GetValueOrDefault(GroupKeyKey);
        if (group is not null && !InputRules.IsKey(group))
        {
            return Invalid(GroupKeyKey, $"{GroupKeyKey} 须为评议群体的键（1 至 64 个字母、数字或 -_.）。",
                $"{GroupKeyKey} must be a rater group key (1 to 64 letters, digits or -_.).");
        }

        var mode = Of(settings);
        if (mode.Enabled && group is null)
        {
            return Invalid(GroupKeyKey, $"开启公开链接时须用 {GroupKeyKey} 指定公开投票计入的评议群体。",
                $"With the public link enabled, {GroupKeyKey} must name the rater group public ballots count under.");
        }

        return null;
    }

    /// <summary>At open: the public group must be one of the campaign's rater groups.</summary>
    internal CampaignProblem? FindProblemAtOpen(IEnumerable<CampaignRaterGroup> groups) =>
        Enabled && !groups.Any(g => g.Group.Key == GroupKey)
            ? Invalid(GroupKeyKey, $"公开链接的评议群体 {GroupKey} 不存在，请先添加该群体。", $"The public link's rater group {GroupKey} does not exist; add it first.")
            : null;

    private static CampaignProblem Invalid(string key, string zh, string en) => CampaignProblem.Invalid("settings." + key, zh, en);
}
