using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Templates;

/// <summary>
/// The answer scales of DOMAIN §2.1 that the templates use. Values are the defaults of the 100-point mapping; a
/// campaign overrides them with <c>mapping.*</c> settings and every report shows the mapping it used (§2.2 b).
/// Options that ask for a reason are the 差评 of the scale (好差评: 不满意 + 非常不满意, §2.3).
/// </summary>
internal static class SatisfactionScales
{
    public const string FiveLevelKey = "five-level";
    public const string ThreeLevelKey = "three-level";
    public const string SocialFiveLevelKey = "social-five-level";

    /// <summary>
    /// National 政务服务 好差评 five levels (§2.1, [N] S30 S32–S34) with the 通用 mapping 100/80/60/30/0 (§2.2, [W]
    /// S38 S39); 非常满意 to 基本满意 count as satisfied (“基本满意以上”, §2.3 S37 S49); 不了解 is left out of every
    /// denominator (§2.2 c, S40 S46).
    /// </summary>
    public static Scale FiveLevel { get; } = new(FiveLevelKey, new LocalizedText("好差评五级", "Five levels (national rating)"),
    [
        new ScaleOption("very-satisfied", new LocalizedText("非常满意", "Very satisfied"), 100m, CountsAsSatisfied: true),
        new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), 80m, CountsAsSatisfied: true),
        new ScaleOption("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), 60m, CountsAsSatisfied: true),
        new ScaleOption("dissatisfied", new LocalizedText("不满意", "Dissatisfied"), 30m, AsksReason: true),
        new ScaleOption("very-dissatisfied", new LocalizedText("非常不满意", "Very dissatisfied"), 0m, AsksReason: true),
        Unknown,
    ]);

    /// <summary>
    /// County 作风整治 测评: 满意 / 基本满意 / 不满意 / 不了解 with 基本满意 70 and 不满意 30 ([L] S40). The source's value
    /// for 满意 is cut off; 100 is DOMAIN's reading (§7.7), so it is a default the campaign may change.
    /// </summary>
    public static Scale ThreeLevel { get; } = new(ThreeLevelKey, new LocalizedText("三级（满意／基本满意／不满意）", "Three levels"),
    [
        new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), 100m, CountsAsSatisfied: true),
        new ScaleOption("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), 70m, CountsAsSatisfied: true),
        new ScaleOption("dissatisfied", new LocalizedText("不满意", "Dissatisfied"), 30m, AsksReason: true),
        Unknown,
    ]);

    /// <summary>
    /// Hangzhou 社会评价: 满意 / 比较满意 / 基本满意 / 不太满意 / 不满意 + 弃权 ([L] S46), whose 总体满意率 counts the first
    /// three (§2.3 S49 S50); mapped by position with the 通用 100/80/60/30/0 (§2.2 S38 S39).
    /// </summary>
    public static Scale SocialFiveLevel { get; } = new(SocialFiveLevelKey, new LocalizedText("社会评价五级", "Five levels (social evaluation)"),
    [
        new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), 100m, CountsAsSatisfied: true),
        new ScaleOption("fairly-satisfied", new LocalizedText("比较满意", "Fairly satisfied"), 80m, CountsAsSatisfied: true),
        new ScaleOption("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), 60m, CountsAsSatisfied: true),
        new ScaleOption("somewhat-dissatisfied", new LocalizedText("不太满意", "Somewhat dissatisfied"), 30m, AsksReason: true),
        new ScaleOption("dissatisfied", new LocalizedText("不满意", "Dissatisfied"), 0m, AsksReason: true),
        new ScaleOption("abstain", new LocalizedText("弃权", "Abstain"), null, IsAbstain: true),
    ]);

    private static ScaleOption Unknown => new("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true);
}
