using System.Globalization;

namespace Appraisal.Plugins.Satisfaction.Settings;

/// <summary>
/// The settings of a 满意度测评 tally: the campaign's settings over <c>plugin.json</c>'s over the defaults below.
/// Every rule DOMAIN marks as local practice is here, not in code. A value that cannot be read is ignored and
/// listed, never fatal: settings are frozen once a campaign opens, and a tally that fails after close could not
/// be repaired, while a report that says "this setting was ignored" can be.
/// </summary>
internal sealed class SatisfactionSettings
{
    public const string MappingPrefix = "mapping.";
    public const string SatisfiedKey = "satisfied";
    public const string AbstainExcludedKey = "abstain.excluded";
    public const string ComplaintOptionsKey = "complaints.options";
    public const string ReasonRequiredKey = "complaints.reason-required";
    public const string DeadlineKey = "complaints.deadline-working-days";
    public const string OverallRateKey = "overall.rate";
    public const string DecimalsKey = "decimals";

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SettingSource> _sources = new(StringComparer.Ordinal);
    private readonly List<string> _ignored = [];

    private SatisfactionSettings(IReadOnlyDictionary<string, string>? pluginDefaults, IReadOnlyDictionary<string, string>? campaign)
    {
        Merge(pluginDefaults, SettingSource.Plugin);
        Merge(campaign, SettingSource.Campaign);
        AbstainExcluded = Bool(AbstainExcludedKey, true);
        ReasonRequired = Bool(ReasonRequiredKey, true);
        DeadlineWorkingDays = Int(DeadlineKey, 15, 1, 365);
        Decimals = Int(DecimalsKey, 2, 0, 6);
        OverallRate = Raw(OverallRateKey) switch
        {
            null => OverallRateMethod.Pooled,
            var v when v.Trim().Equals("pooled", StringComparison.OrdinalIgnoreCase) => OverallRateMethod.Pooled,
            var v when v.Trim().Equals("weighted", StringComparison.OrdinalIgnoreCase) => OverallRateMethod.Weighted,
            var v => Ignore(OverallRateKey, v, "pooled 或 weighted", OverallRateMethod.Pooled),
        };
        SatisfiedOptions = KeyList(SatisfiedKey);
        ComplaintOptions = KeyList(ComplaintOptionsKey);
    }

    /// <summary>不了解 / 弃权 left out of every denominator (default true: §2.2 c, S40 S46).</summary>
    public bool AbstainExcluded { get; }

    /// <summary>A 差评 must come with a non-blank reason when the ballot asks for one (default true: §2.3, S30 S33).</summary>
    public bool ReasonRequired { get; }

    /// <summary>Working days to settle a 差评 (default 15: [L] S33, §2.6): the report's follow-up deadline, and shown in the rules.</summary>
    public int DeadlineWorkingDays { get; }

    /// <summary>Decimal places of rates and scores in the report (default 2), rounded half away from zero (四舍五入).</summary>
    public int Decimals { get; }

    /// <summary>How the overall 满意率 is formed (default pooled: §2.3 S49 S50).</summary>
    public OverallRateMethod OverallRate { get; }

    /// <summary>Option keys counted as satisfied, or null to use each scale's own flags.</summary>
    public IReadOnlySet<string>? SatisfiedOptions { get; }

    /// <summary>Option keys that make a 差评, or null to use the options that ask for a reason.</summary>
    public IReadOnlySet<string>? ComplaintOptions { get; }

    /// <summary>Settings that were given but could not be used, with the reason (Chinese, for the rules table).</summary>
    public IReadOnlyList<string> Ignored => _ignored;

    /// <summary>The effective settings for a campaign.</summary>
    public static SatisfactionSettings Read(IReadOnlyDictionary<string, string>? pluginDefaults, IReadOnlyDictionary<string, string>? campaign) =>
        new(pluginDefaults, campaign);

    /// <summary>The raw value of a setting, or null.</summary>
    public string? Raw(string key) => _values.GetValueOrDefault(key);

    /// <summary>Where a setting came from (<see cref="SettingSource.Default"/> when nobody set it).</summary>
    public SettingSource SourceOf(string key) => _sources.GetValueOrDefault(key, SettingSource.Default);

    /// <summary>Every <c>mapping.*</c> setting, key without the prefix → raw value.</summary>
    public IEnumerable<KeyValuePair<string, string>> Mappings() =>
        _values.Where(kv => kv.Key.StartsWith(MappingPrefix, StringComparison.Ordinal) && kv.Key.Length > MappingPrefix.Length)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new KeyValuePair<string, string>(kv.Key[MappingPrefix.Length..], kv.Value));

    /// <summary>Records that a setting was given but not used.</summary>
    public void NoteIgnored(string key, string value, string why) => _ignored.Add($"{key}={value}：{why}");

    /// <summary>A mapping value: a decimal number written the invariant way.</summary>
    public static bool TryParseValue(string raw, out decimal value) =>
        decimal.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private void Merge(IReadOnlyDictionary<string, string>? settings, SettingSource source)
    {
        if (settings is null)
        {
            return;
        }

        foreach (var (key, value) in settings)
        {
            if (key is not null && value is not null)
            {
                _values[key] = value;
                _sources[key] = source;
            }
        }
    }

    private bool Bool(string key, bool fallback) =>
        Raw(key) switch
        {
            null => fallback,
            var v when bool.TryParse(v.Trim(), out var b) => b,
            var v => Ignore(key, v, "须为 true 或 false", fallback),
        };

    private int Int(string key, int fallback, int min, int max) =>
        Raw(key) switch
        {
            null => fallback,
            var v when int.TryParse(v.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max => n,
            var v => Ignore(key, v, $"须为 {min} 至 {max} 的整数", fallback),
        };

    /// <summary>A comma-separated list of option keys; blank entries are dropped, so "" means no option at all.</summary>
    private HashSet<string>? KeyList(string key) =>
        Raw(key) is { } v
            ? v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            : null;

    private T Ignore<T>(string key, string value, string why, T fallback)
    {
        NoteIgnored(key, value, why + "，按默认值计");
        return fallback;
    }
}
