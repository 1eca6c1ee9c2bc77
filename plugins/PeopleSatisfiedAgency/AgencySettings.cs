using System.Globalization;
using Appraisal.PluginApi;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The aggregation settings of one tally. DOMAIN marks every one of these rules as local practice ([L] or [V]),
/// so each is a setting: the campaign's value wins, then the plugin's <c>plugin.json</c>, then the default here.
/// The keys and defaults are listed in <c>plugin.json</c> and in the report's rules table.
/// </summary>
internal sealed class AgencySettings
{
    public const string WeightPrefix = "weight.";

    private readonly IReadOnlyDictionary<string, string> _campaign;
    private readonly IReadOnlyDictionary<string, string> _plugin;

    public AgencySettings(IReadOnlyDictionary<string, string> plugin, IReadOnlyDictionary<string, string> campaign)
    {
        _plugin = plugin;
        _campaign = campaign;
        MinBallots = Integer("minBallots", 0, 0);
        WithholdWhenGroupMissing = Choice("missingGroups", "renormalise", "renormalise", "withhold") == "withhold";
        TrimGroups = List("trim.groups", "").ToHashSet(StringComparer.Ordinal);
        TrimCount = Integer("trim.count", 1, 0);
        TrimPercent = Number("trim.percent", 0m);
        if (TrimPercent >= 50m)
        {
            throw Invalid("trim.percent", "须小于 50", "must be below 50");
        }

        TrimMinBallots = Integer("trim.minBallots", 5, 1);
        Decimals = Integer("decimals", 2, 0);
        if (Decimals > 6)
        {
            throw Invalid("decimals", "最多 6 位", "at most 6");
        }

        Tiers = ReadTiers();
        DenseRanking = Choice("ranking.ties", "competition", "competition", "dense") == "dense";
        Vetoes = ReadVetoes();
        VetoedUnranked = Choice("veto.ranking", "last", "last", "unranked") == "unranked";
        NodeWeights = ReadNodeWeights();
    }

    /// <summary>Scored sheets a group needs for an agency before it joins the composite; never below the minimum cell size.</summary>
    public int MinBallots { get; }

    /// <summary>An agency missing a weighted group gets no composite, instead of the weights being renormalised.</summary>
    public bool WithholdWhenGroupMissing { get; }

    public IReadOnlySet<string> TrimGroups { get; }

    public int TrimCount { get; }

    public decimal TrimPercent { get; }

    public int TrimMinBallots { get; }

    public int Decimals { get; }

    /// <summary>Tiers from the highest; the last has no threshold and takes every lower score and every 一票否决.</summary>
    public IReadOnlyList<AgencyTier> Tiers { get; }

    public bool DenseRanking { get; }

    /// <summary>Agencies vetoed by the campaign setting, with the reason (may be empty).</summary>
    public IReadOnlyDictionary<string, string> Vetoes { get; }

    public bool VetoedUnranked { get; }

    /// <summary>Weights of nesting nodes (<c>weight.&lt;prefix&gt;</c>): a default and per unit class.</summary>
    public IReadOnlyDictionary<string, ClassWeights> NodeWeights { get; }

    /// <summary>The effective value of a setting and where it came from, for the rules table.</summary>
    public string Raw(string key, string fallback) =>
        _campaign.TryGetValue(key, out var value) ? value : _plugin.TryGetValue(key, out value) ? value : fallback;

    public decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>How many sheets to drop at each end for a group with <paramref name="sheets"/> scored sheets; 0 when trimming does not apply.</summary>
    public int TrimFor(string groupKey, int sheets, int minimumCellSize)
    {
        if (!TrimGroups.Contains(groupKey) || sheets < TrimMinBallots)
        {
            return 0;
        }

        var k = TrimPercent > 0m ? (int)Math.Floor(sheets * TrimPercent / 100m) : TrimCount;
        // The kept sheets are what the score rests on: keeping fewer than a cell's worth would publish a few raters' scores.
        return sheets - (2 * k) >= Math.Max(1, minimumCellSize) ? k : 0;
    }

    public static ArgumentException Invalid(string key, string zh, string en) =>
        new($"设置 {key} 无效：{zh}。Setting {key} is invalid: {en}.");

    private int Integer(string key, int fallback, int min)
    {
        var raw = Raw(key, fallback.ToString(CultureInfo.InvariantCulture)).Trim();
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw Invalid(key, $"须为不小于 {min} 的整数", $"must be an integer of at least {min}");
        }

        return value;
    }

    private decimal Number(string key, decimal fallback)
    {
        var raw = Raw(key, fallback.ToString(CultureInfo.InvariantCulture));
        return ParseWeight(key, raw);
    }

    private string Choice(string key, string fallback, params string[] allowed)
    {
        var value = Raw(key, fallback).Trim();
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Invalid(key, $"须为 {string.Join(" / ", allowed)}", $"must be one of {string.Join(", ", allowed)}");
    }

    private string[] List(string key, string fallback) =>
        Raw(key, fallback).Split([',', ';', '，', '；', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private AgencyTier[] ReadTiers()
    {
        var thresholds = List("tiers.thresholds", "85,75,60").Select(t => ParseWeight("tiers.thresholds", t)).ToArray();
        var names = List("tiers.names", "满意,比较满意,基本满意,不满意");
        var namesEn = List("tiers.namesEn", "Satisfied,Fairly satisfied,Basically satisfied,Dissatisfied");
        if (names.Length != thresholds.Length + 1 || namesEn.Length != names.Length)
        {
            throw Invalid("tiers.names", "名称须比分数线多一个（最低一档没有分数线），中英文个数相同",
                "there must be one name more than thresholds (the lowest tier has none), in both languages");
        }

        for (var i = 1; i < thresholds.Length; i++)
        {
            if (thresholds[i] >= thresholds[i - 1])
            {
                throw Invalid("tiers.thresholds", "分数线须从高到低", "thresholds must descend");
            }
        }

        return [.. names.Select((name, i) => new AgencyTier(new LocalizedText(name, namesEn[i]), i < thresholds.Length ? thresholds[i] : null))];
    }

    private Dictionary<string, string> ReadVetoes()
    {
        var vetoes = new Dictionary<string, string>(StringComparer.Ordinal);
        // Entries split on ';' or a line break only, so a reason may contain commas.
        foreach (var entry in Raw("veto", "").Split([';', '；', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                foreach (var id in entry.Split([',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    vetoes[id] = "";
                }
            }
            else
            {
                vetoes[entry[..eq].Trim()] = entry[(eq + 1)..].Trim();
            }
        }

        return vetoes;
    }

    private Dictionary<string, ClassWeights> ReadNodeWeights()
    {
        var keys = _plugin.Keys.Concat(_campaign.Keys)
            .Where(k => k.StartsWith(WeightPrefix, StringComparison.Ordinal) && k.Length > WeightPrefix.Length)
            .Distinct(StringComparer.Ordinal);
        return keys.ToDictionary(k => k[WeightPrefix.Length..], k => ClassWeights.Parse(k, Raw(k, "")), StringComparer.Ordinal);
    }

    internal static decimal ParseWeight(string key, string raw) =>
        decimal.TryParse(raw.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0m
            ? value
            : throw Invalid(key, $"“{raw}”不是非负数", $"\"{raw}\" is not a non-negative number");
}
