using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Templates;

/// <summary>
/// The questionnaires a 满意度测评 campaign can start from; the same data is kept as JSON under
/// <c>seeds/satisfaction/</c> and a test holds the two equal. Every choice item is followed by a text item
/// shown only for the answers that ask for a reason, so each 差评 comes with its reason (§2.3, S30 S33).
/// </summary>
internal static class SatisfactionTemplates
{
    /// <summary>
    /// 政务服务“好差评” at a service hall or online: the 好差评 indicators 整体满意度, 服务效率/办事效率, 服务态度 and
    /// 办事便捷度 (§2.4, [N] S32), plus 公开透明 and 廉洁, which the seeds name as what 群众 judge agencies by (D1:
    /// 工作透明度, 政务公开; D2: 政务公开, 廉政承诺) and S45 scores as 廉政状况. The five dimensions weigh the same, as in
    /// S45's equal average (§2.4); 整体满意度 weighs 0 so it is reported beside the combined score, not counted in
    /// it twice.
    /// </summary>
    public static QuestionnaireTemplate GovernmentService { get; } = new(
        "government-service",
        new LocalizedText("政务服务“好差评”", "Government service rating (好差评)"),
        new Questionnaire(
            [SatisfactionScales.FiveLevel],
            [
                .. Rated("overall", "整体满意度", "Overall satisfaction", ItemScope.PerBallot, SatisfactionScales.FiveLevel, weight: 0m),
                .. Rated("attitude", "服务态度", "Attitude of staff", ItemScope.PerBallot, SatisfactionScales.FiveLevel),
                .. Rated("efficiency", "办事效率", "Efficiency", ItemScope.PerBallot, SatisfactionScales.FiveLevel),
                .. Rated("convenience", "办事便利", "Convenience", ItemScope.PerBallot, SatisfactionScales.FiveLevel),
                .. Rated("transparency", "公开透明", "Openness and transparency", ItemScope.PerBallot, SatisfactionScales.FiveLevel),
                .. Rated("integrity", "廉洁", "Integrity", ItemScope.PerBallot, SatisfactionScales.FiveLevel),
                Suggestions(ItemScope.PerBallot),
            ]));

    /// <summary>
    /// Each 窗口 / 科室 / 基层站所 is a subject rated on the same ballot (“一人一码，一事一评” per window, [L] S34;
    /// on-site sampling at 窗口 and 站所, S56), on the 好差评 scale; the reason is asked per subject.
    /// </summary>
    public static QuestionnaireTemplate ServiceWindows { get; } = new(
        "service-windows",
        new LocalizedText("窗口服务满意度测评", "Satisfaction with service windows"),
        new Questionnaire(
            [SatisfactionScales.FiveLevel],
            [
                .. Rated("overall", "整体满意度", "Overall satisfaction", ItemScope.PerSubject, SatisfactionScales.FiveLevel, weight: 0m),
                .. Rated("attitude", "服务态度", "Attitude of staff", ItemScope.PerSubject, SatisfactionScales.FiveLevel),
                .. Rated("efficiency", "办事效率", "Efficiency", ItemScope.PerSubject, SatisfactionScales.FiveLevel),
                .. Rated("competence", "服务水平", "Competence", ItemScope.PerSubject, SatisfactionScales.FiveLevel),
                Suggestions(ItemScope.PerBallot),
            ]));

    /// <summary>
    /// 机关作风 测评 of several units on one ballot: the five equally weighted items of the “万众评公务” rules
    /// (机关作风, 服务质量, 依法行政, 办事效率, 廉政状况; [L] S45) on the county 作风整治 scale 满意 / 基本满意 / 不满意 / 不了解
    /// ([L] S40). Both are local practice: a starting point to edit, not a rule.
    /// </summary>
    public static QuestionnaireTemplate WorkStyle { get; } = new(
        "work-style",
        new LocalizedText("机关作风满意度测评（三级）", "Work style of agencies (three levels)"),
        new Questionnaire(
            [SatisfactionScales.ThreeLevel],
            [
                .. Rated("work-style", "机关作风", "Work style", ItemScope.PerSubject, SatisfactionScales.ThreeLevel),
                .. Rated("service-quality", "服务质量", "Quality of service", ItemScope.PerSubject, SatisfactionScales.ThreeLevel),
                .. Rated("lawful-administration", "依法行政", "Lawful administration", ItemScope.PerSubject, SatisfactionScales.ThreeLevel),
                .. Rated("efficiency", "办事效率", "Efficiency", ItemScope.PerSubject, SatisfactionScales.ThreeLevel),
                .. Rated("integrity", "廉政状况", "Integrity", ItemScope.PerSubject, SatisfactionScales.ThreeLevel),
                Suggestions(ItemScope.PerBallot),
            ]));

    /// <summary>
    /// 社会评价 of units by citizens' representatives: one overall rating per unit on Hangzhou's five levels with
    /// 弃权 ([L] S46), and an optional comment per unit.
    /// </summary>
    public static QuestionnaireTemplate SocialEvaluation { get; } = new(
        "social-evaluation",
        new LocalizedText("社会评价（五级）", "Social evaluation (five levels)"),
        new Questionnaire(
            [SatisfactionScales.SocialFiveLevel],
            [
                .. Rated("overall", "总体评价", "Overall rating", ItemScope.PerSubject, SatisfactionScales.SocialFiveLevel),
                new QuestionItem("comments", new LocalizedText("意见建议", "Comments and suggestions"), ItemKind.Text, ItemScope.PerSubject,
                    Required: false, MaxLength: 1000),
            ]));

    /// <summary>Every template, the default (the first) being the national one.</summary>
    public static IReadOnlyList<QuestionnaireTemplate> All { get; } = [GovernmentService, ServiceWindows, WorkStyle, SocialEvaluation];

    /// <summary>A choice item and, right after it, the text item its reason-asking answers show.</summary>
    private static QuestionItem[] Rated(string key, string zh, string en, ItemScope scope, Scale scale, decimal weight = 1m)
    {
        var asking = scale.Options.Where(o => o.AsksReason).Select(o => o.Key).ToArray();
        return
        [
            new QuestionItem(key, new LocalizedText(zh, en), ItemKind.Choice, scope, scale.Key, Weight: weight),
            new QuestionItem(key + "-reason", new LocalizedText($"{zh}：请说明不满意的原因", $"{en}: why are you dissatisfied?"),
                ItemKind.Text, scope, ShowWhen: new ItemCondition(key, asking)),
        ];
    }

    private static QuestionItem Suggestions(ItemScope scope) =>
        new("suggestions", new LocalizedText("意见建议", "Comments and suggestions"), ItemKind.Text, scope, Required: false, MaxLength: 1000);
}
