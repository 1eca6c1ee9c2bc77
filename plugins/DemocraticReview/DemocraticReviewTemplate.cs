using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>The 测评表 most branches use (DOMAIN §1.3, §1.4): four grades per member, a committee rating, free text.</summary>
internal static class DemocraticReviewTemplate
{
    public const string GradeItem = "grade";
    public const string GradeScale = "grade";

    public static QuestionnaireTemplate Standard { get; } = new(
        "standard",
        new LocalizedText("民主测评表（四个等次）", "Ballot with four grades"),
        new Questionnaire(
            [
                new Scale(GradeScale, new LocalizedText("等次", "Grade"),
                [
                    new ScaleOption("excellent", new LocalizedText("优秀", "Excellent"), 100m, CountsAsSatisfied: true),
                    new ScaleOption("qualified", new LocalizedText("合格", "Qualified"), 80m, CountsAsSatisfied: true),
                    new ScaleOption("basically-qualified", new LocalizedText("基本合格", "Basically qualified"), 60m),
                    new ScaleOption("unqualified", new LocalizedText("不合格", "Unqualified"), 0m),
                ]),
                new Scale("committee", new LocalizedText("对支部班子的评价", "Rating of the branch committee"),
                [
                    new ScaleOption("good", new LocalizedText("好", "Good"), 100m, CountsAsSatisfied: true),
                    new ScaleOption("fair", new LocalizedText("较好", "Fairly good"), 80m, CountsAsSatisfied: true),
                    new ScaleOption("average", new LocalizedText("一般", "Average"), 60m),
                    new ScaleOption("poor", new LocalizedText("差", "Poor"), 0m),
                ]),
            ],
            [
                new QuestionItem(GradeItem, new LocalizedText("评议等次", "Grade"), ItemKind.Choice, ItemScope.PerSubject, GradeScale),
                new QuestionItem("problems", new LocalizedText("存在问题", "Problems noticed"), ItemKind.Text, ItemScope.PerSubject,
                    Required: false),
                new QuestionItem("committee", new LocalizedText("对党支部班子的总体评价", "Overall rating of the branch committee"),
                    ItemKind.Choice, ItemScope.PerBallot, "committee"),
            ]));
}
