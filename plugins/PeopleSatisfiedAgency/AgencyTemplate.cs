using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The recurring core indicators (DOMAIN §3.3: 服务态度 · 办事效率 · 依法行政 · 廉洁自律 · 政务公开 · 作风建设), each
/// rated per agency on 满意 / 比较满意 / 基本满意 / 不满意 + 不了解 mapped 100/85/70/40 (a campaign setting).
/// </summary>
internal static class AgencyTemplate
{
    public const string Scale = "satisfaction";

    public static readonly string[] Indicators = ["attitude", "efficiency", "lawful", "integrity", "openness", "conduct"];

    public static QuestionnaireTemplate CoreIndicators { get; } = new(
        "core-indicators",
        new LocalizedText("机关作风六项指标", "Six core indicators"),
        new Questionnaire(
            new[]
            {
                new Scale(Scale, new LocalizedText("满意程度", "Satisfaction"), new[]
                {
                    new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), 100m, CountsAsSatisfied: true),
                    new ScaleOption("fairly-satisfied", new LocalizedText("比较满意", "Fairly satisfied"), 85m, CountsAsSatisfied: true),
                    new ScaleOption("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), 70m, CountsAsSatisfied: true),
                    new ScaleOption("dissatisfied", new LocalizedText("不满意", "Dissatisfied"), 40m, AsksReason: true),
                    new ScaleOption("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true),
                }),
            },
            new[]
            {
                Indicator(Indicators[0], "服务态度", "Service attitude"),
                Indicator(Indicators[1], "办事效率", "Efficiency"),
                Indicator(Indicators[2], "依法行政", "Lawful administration"),
                Indicator(Indicators[3], "廉洁自律", "Integrity"),
                Indicator(Indicators[4], "政务公开", "Openness"),
                Indicator(Indicators[5], "作风建设", "Work style"),
                new QuestionItem("suggestions", new LocalizedText("意见建议", "Suggestions"), ItemKind.Text, ItemScope.PerSubject,
                    Required: false),
            }));

    private static QuestionItem Indicator(string key, string zh, string en) =>
        new(key, new LocalizedText(zh, en), ItemKind.Choice, ItemScope.PerSubject, Scale);
}
