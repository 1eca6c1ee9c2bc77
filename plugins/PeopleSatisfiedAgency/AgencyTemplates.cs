using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The questionnaire templates: the recurring core indicators (DOMAIN §3.3 [W]) first, then indicator lists
/// single localities used (§3.3, §2.4). Every template rates each agency on one scale, 满意 / 比较满意 / 基本满意 /
/// 不满意 (the four 等次 of S45) plus 不了解, which scores nothing and leaves every denominator (S40, S46); after
/// 不满意 the ballot asks why, per indicator. The mapping to points and whether the ballot offers 不了解 or insists
/// on a reason are the plugin's settings; a campaign edits its own copy of the questionnaire before it opens.
/// </summary>
internal static class AgencyTemplates
{
    public const string ScaleKey = "satisfaction";
    public const string Dissatisfied = "dissatisfied";

    /// <summary>Builds every template from the plugin's settings (<c>mapping</c>, <c>dontKnowOption</c>, <c>reasonRequired</c>).</summary>
    public static IReadOnlyList<QuestionnaireTemplate> Create(IReadOnlyDictionary<string, string> settings)
    {
        var scale = CreateScale(settings);
        var reasonRequired = Flag(settings, "reasonRequired", false);
        QuestionnaireTemplate Template(string key, string zh, string en, params (string Key, string Zh, string En, decimal Weight)[] indicators) =>
            new(key, new LocalizedText(zh, en), new Questionnaire([scale], [.. Items(indicators, reasonRequired)]));

        return
        [
            Template("core-indicators", "机关作风六项指标", "Six core indicators",
                ("attitude", "服务态度", "Service attitude", 1m),
                ("efficiency", "办事效率", "Efficiency", 1m),
                ("lawful", "依法行政", "Lawful administration", 1m),
                ("integrity", "廉洁自律", "Integrity", 1m),
                ("openness", "政务公开", "Openness", 1m),
                ("conduct", "作风建设", "Work style", 1m)),
            // 万众评公务 (S45): five items averaged with equal weight (DOMAIN §2.4).
            Template("five-items-equal", "五项指标（机关作风、服务质量、依法行政、办事效率、廉政状况）", "Five equal items (S45)",
                ("conduct", "机关作风", "Work style", 1m),
                ("quality", "服务质量", "Service quality", 1m),
                ("lawful", "依法行政", "Lawful administration", 1m),
                ("efficiency", "办事效率", "Efficiency", 1m),
                ("integrity", "廉政状况", "Integrity", 1m)),
            // 县政府部门 社会公众评价规则 (S44): fixed points 20 / 20 / 20 / 40, kept as item weights.
            Template("public-service-weighted", "社会公众评价四项（20/20/20/40）", "Four weighted public-service items (S44)",
                ("attitude", "服务态度", "Service attitude", 20m),
                ("capability", "服务能力", "Service capability", 20m),
                ("efficiency", "服务效率（首问责任、限时办结）", "Efficiency (first-contact responsibility, time limits)", 20m),
                ("effect", "服务效果", "Service outcome", 40m)),
            // Hangzhou 市直单位 社会评价 (S46, S47): three combined indicators.
            Template("three-combined", "三项综合指标", "Three combined indicators (S46)",
                ("attitude-efficiency", "服务态度和工作效率", "Service attitude and efficiency", 1m),
                ("fairness-integrity", "办事公正和廉洁自律", "Fairness and integrity", 1m),
                ("effect-impact", "工作实效和社会影响", "Results and public impact", 1m)),
            // 南票区 股室 评议 (S41): five indicators with the sub-points the ballot spelled out.
            Template("duties-five", "履行职责等五项", "Duties and four more (S41)",
                ("duties", "履行职责（依法办事，有无不作为、慢作为、乱作为，推诿扯皮）", "Duties (lawful, no inaction, delay, overreach or buck-passing)", 1m),
                ("efficiency", "办事效率（简化程序、服务承诺、限时办结）", "Efficiency (simple procedures, service pledges, time limits)", 1m),
                ("attitude", "服务态度", "Service attitude", 1m),
                ("openness", "政务公开（审批事项、收费、程序公开，桌牌）", "Openness (approvals, fees and procedures published; name plates)", 1m),
                ("integrity", "廉洁自律", "Integrity", 1m)),
        ];
    }

    private static Scale CreateScale(IReadOnlyDictionary<string, string> settings)
    {
        var raw = settings.TryGetValue("mapping", out var value) ? value : "100,85,70,40";
        var points = raw.Split([',', '，', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (points.Length != 4)
        {
            throw AgencySettings.Invalid("mapping", "须为满意、比较满意、基本满意、不满意四个分值", "must give four values: satisfied, fairly, basically, dissatisfied");
        }

        var values = points.Select(p => AgencySettings.ParseWeight("mapping", p)).ToArray();
        List<ScaleOption> options =
        [
            new("satisfied", new LocalizedText("满意", "Satisfied"), values[0], CountsAsSatisfied: true),
            new("fairly-satisfied", new LocalizedText("比较满意", "Fairly satisfied"), values[1], CountsAsSatisfied: true),
            new("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), values[2], CountsAsSatisfied: true),
            new(Dissatisfied, new LocalizedText("不满意", "Dissatisfied"), values[3], AsksReason: true),
        ];
        if (Flag(settings, "dontKnowOption", true))
        {
            options.Add(new ScaleOption("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true));
        }

        return new Scale(ScaleKey, new LocalizedText("满意程度", "Satisfaction"), options);
    }

    private static IEnumerable<QuestionItem> Items((string Key, string Zh, string En, decimal Weight)[] indicators, bool reasonRequired)
    {
        foreach (var (key, zh, en, weight) in indicators)
        {
            yield return new QuestionItem(key, new LocalizedText(zh, en), ItemKind.Choice, ItemScope.PerSubject, ScaleKey, Weight: weight);
            // Shown for the same agency only, right after the 不满意 it explains.
            yield return new QuestionItem($"{key}-reason",
                new LocalizedText($"对“{ShortName(zh)}”不满意的原因", $"Why dissatisfied with: {ShortName(en)}"),
                ItemKind.Text, ItemScope.PerSubject, Required: reasonRequired,
                ShowWhen: new ItemCondition(key, [Dissatisfied]));
        }

        yield return new QuestionItem("suggestions", new LocalizedText("意见建议", "Suggestions"), ItemKind.Text, ItemScope.PerSubject,
            Required: false);
    }

    /// <summary>The name without its parenthesised hints, so the reason question stays short.</summary>
    private static string ShortName(string name)
    {
        var cut = name.IndexOfAny(['（', '(']);
        return (cut < 0 ? name : name[..cut]).Trim();
    }

    private static bool Flag(IReadOnlyDictionary<string, string> settings, string key, bool fallback)
    {
        if (!settings.TryGetValue(key, out var raw))
        {
            return fallback;
        }

        return bool.TryParse(raw.Trim(), out var value)
            ? value
            : throw AgencySettings.Invalid(key, $"“{raw}”须为 true 或 false", $"\"{raw}\" must be true or false");
    }
}
