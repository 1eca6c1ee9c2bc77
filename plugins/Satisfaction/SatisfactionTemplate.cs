using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>
/// The 好差评 offline indicator set (DOMAIN §2.4: 整体满意度, 服务效率, 服务水平, 服务态度) on the national five-level
/// scale, mapped 100/80/60/30/0 (DOMAIN §2.2); a 差评 asks for its reason.
/// </summary>
internal static class SatisfactionTemplate
{
    public const string FiveLevelScale = "five-level";

    public static QuestionnaireTemplate GovernmentService { get; } = new(
        "government-service",
        new LocalizedText("政务服务“好差评”（现场）", "Government service rating (on site)"),
        new Questionnaire(
            new[]
            {
                new Scale(FiveLevelScale, new LocalizedText("五级满意度", "Five-level satisfaction"), new[]
                {
                    new ScaleOption("very-satisfied", new LocalizedText("非常满意", "Very satisfied"), 100m, CountsAsSatisfied: true),
                    new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), 80m, CountsAsSatisfied: true),
                    new ScaleOption("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), 60m, CountsAsSatisfied: true),
                    new ScaleOption("dissatisfied", new LocalizedText("不满意", "Dissatisfied"), 30m, AsksReason: true),
                    new ScaleOption("very-dissatisfied", new LocalizedText("非常不满意", "Very dissatisfied"), 0m, AsksReason: true),
                    new ScaleOption("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true),
                }),
            },
            new[]
            {
                Rated("overall", "整体满意度", "Overall satisfaction"),
                Rated("efficiency", "服务效率", "Efficiency"),
                Rated("competence", "服务水平", "Competence"),
                Rated("attitude", "服务态度", "Attitude"),
                new QuestionItem("overall-reason", new LocalizedText("请说明不满意的原因", "Why were you dissatisfied?"),
                    ItemKind.Text, ItemScope.PerBallot,
                    ShowWhen: new ItemCondition("overall", new[] { "dissatisfied", "very-dissatisfied" })),
                new QuestionItem("comments", new LocalizedText("意见建议", "Comments and suggestions"), ItemKind.Text, ItemScope.PerBallot,
                    Required: false),
            }));

    private static QuestionItem Rated(string key, string zh, string en) =>
        new(key, new LocalizedText(zh, en), ItemKind.Choice, ItemScope.PerBallot, FiveLevelScale);
}
