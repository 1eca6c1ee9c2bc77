using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// The 测评表 of a 民主评议党员 session (DOMAIN §1.3, §1.9 item 2): one 等次 per member, optional 反向情形 ticks and
/// 存在问题, and the 支部委员会 rated on the same ballot. The keys below are what the aggregator looks for; an
/// organiser may edit labels, drop optional items or add abstention options without breaking the tally.
/// </summary>
internal static class DemocraticReviewTemplate
{
    public const string GradeItem = "grade";
    public const string GradeScale = "grade";
    public const string NegativeSignsItem = "negative-signs";
    public const string ProblemsItem = "problems";
    public const string CommitteeScale = "committee";
    public const string DimensionScale = "dimension";

    // The four current levels [N][S1]; the aggregator recognises 优秀 and 不合格 by these keys.
    public const string Excellent = "excellent";
    public const string Qualified = "qualified";
    public const string BasicallyQualified = "basically-qualified";
    public const string Unqualified = "unqualified";

    /// <summary>
    /// The 4 levels carry no points: central texts leave the grade to 组织评定 and warn against 以票取人
    /// (DOMAIN §1.4), so the tally reports counts and shares, never a score.
    /// </summary>
    private static Scale Grades { get; } = new(GradeScale, new LocalizedText("等次", "Grade"),
    [
        new ScaleOption(Excellent, new LocalizedText("优秀", "Excellent"), null),
        new ScaleOption(Qualified, new LocalizedText("合格", "Qualified"), null),
        new ScaleOption(BasicallyQualified, new LocalizedText("基本合格", "Basically qualified"), null),
        new ScaleOption(Unqualified, new LocalizedText("不合格", "Unqualified"), null),
    ]);

    /// <summary>The ten 反向情形 of S13/S14 (DOMAIN §1.4), worded as those documents list them.</summary>
    private static Scale NegativeSigns { get; } = new(NegativeSignsItem, new LocalizedText("反向情形", "Warning signs"),
    [
        Sign("wavering-ideals", "理想信念动摇", "Wavering ideals and convictions"),
        Sign("skips-party-life", "不参加组织生活、不按规定交纳党费", "Skips Party activities or dues"),
        Sign("lax-discipline", "纪律散漫", "Lax discipline"),
        Sign("shirks-hard-tasks", "在急难险重任务面前临阵脱逃", "Shirks urgent, hard or dangerous tasks"),
        Sign("disunity", "闹不团结", "Stirs up disunity"),
        Sign("many-complaints", "群众投诉多", "Many complaints from the public"),
        Sign("improper-petitions", "越级上访、无理信访", "Bypassing or unreasonable petitions"),
        Sign("religion-superstition", "参加宗教、迷信活动", "Takes part in religious or superstitious activities"),
        Sign("breaches-morality", "违反社会公德、家庭美德", "Breaches social or family ethics"),
        Sign("passive-slack", "消极懈怠", "Passive and slack"),
    ]);

    /// <summary>
    /// How members judge the 支部委员会. DOMAIN §1.3 says the committee is rated but names no scale; this is the
    /// 满意 / 基本满意 / 不满意 / 不了解 scale of a county 作风 测评 (§2.1, S40), whose 不了解 keeps a guess out of the shares.
    /// </summary>
    private static Scale Committee { get; } = new(CommitteeScale, new LocalizedText("对支部委员会的评价", "Rating of the branch committee"),
    [
        new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), null, CountsAsSatisfied: true),
        new ScaleOption("basically-satisfied", new LocalizedText("基本满意", "Basically satisfied"), null, CountsAsSatisfied: true),
        new ScaleOption("dissatisfied", new LocalizedText("不满意", "Dissatisfied"), null),
        new ScaleOption("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true),
    ]);

    private static Scale Dimensions { get; } = new(DimensionScale, new LocalizedText("分项评价", "Rating"),
    [
        new ScaleOption("good", new LocalizedText("好", "Good"), null),
        new ScaleOption("fairly-good", new LocalizedText("较好", "Fairly good"), null),
        new ScaleOption("average", new LocalizedText("一般", "Average"), null),
        new ScaleOption("poor", new LocalizedText("差", "Poor"), null),
    ]);

    /// <summary>
    /// One 等次 per member, 反向情形 and 存在问题, and the committee. The grade is not <c>Required</c> for the host
    /// because 预备党员 sit on the same ballot and must stay ungraded: a host-required item would demand the grade
    /// the rules refuse. <see cref="DemocraticReviewRules"/> requires it for every 正式党员 instead.
    /// </summary>
    public static QuestionnaireTemplate Standard { get; } = new(
        "standard",
        new LocalizedText("民主测评表（四个等次）", "Ballot with four grades"),
        new Questionnaire(
            [Grades, NegativeSigns, Committee],
            [
                GradeQuestion(),
                .. MemberRemarks(),
                .. CommitteeQuestions(),
            ]));

    /// <summary>
    /// The standard ballot plus a rating per 党员标准 dimension, for branches that want the grade explained.
    /// The dimensions follow the seed essays' wording: 理想信念 (D3 "党员理想信念衰退", D4), 宗旨意识 (D1, D4),
    /// 先锋模范作用 (D3, D4), 遵规守纪 (the 反向情形 纪律散漫 / 不参加组织生活, S13/S14) and 工作作风 (D1 庸懒散奢).
    /// They are optional so a rater who knows a member only from meetings need not guess.
    /// </summary>
    public static QuestionnaireTemplate WithDimensions { get; } = new(
        "with-dimensions",
        new LocalizedText("民主测评表（等次＋分项评价）", "Ballot with grades and dimension ratings"),
        new Questionnaire(
            [Grades, Dimensions, NegativeSigns, Committee],
            [
                GradeQuestion(),
                Dimension("ideals", "理想信念", "Ideals and convictions"),
                Dimension("purpose", "宗旨意识", "Commitment to serving the people"),
                Dimension("vanguard", "先锋模范作用", "Setting an example"),
                Dimension("discipline", "遵规守纪", "Observing rules and discipline"),
                Dimension("conduct", "工作作风", "Work style"),
                .. MemberRemarks(),
                .. CommitteeQuestions(),
            ]));

    public static IReadOnlyList<QuestionnaireTemplate> All { get; } = [Standard, WithDimensions];

    private static ScaleOption Sign(string key, string zh, string en) => new(key, new LocalizedText(zh, en), null);

    private static QuestionItem GradeQuestion() =>
        new(GradeItem, new LocalizedText("评议等次", "Grade"), ItemKind.Choice, ItemScope.PerSubject, GradeScale, Required: false);

    private static QuestionItem Dimension(string key, string zh, string en) =>
        new(key, new LocalizedText(zh, en), ItemKind.Choice, ItemScope.PerSubject, DimensionScale, Required: false);

    /// <summary>
    /// 反向情形 and 存在问题 stay optional and always shown: DOMAIN ties neither to a grade (S15 counts ticks apart
    /// from the vote), and a condition on the grade would also make them required once shown.
    /// </summary>
    private static QuestionItem[] MemberRemarks() =>
    [
        new(NegativeSignsItem, new LocalizedText("是否存在以下情形（可多选）", "Does any of these apply? (tick all that do)"),
            ItemKind.Checklist, ItemScope.PerSubject, NegativeSignsItem, Required: false),
        new(ProblemsItem, new LocalizedText("存在问题", "Problems noticed"), ItemKind.Text, ItemScope.PerSubject,
            Required: false),
    ];

    /// <summary>
    /// The committee is rated once per ballot (DOMAIN §1.3). The aspects follow the branch's duties as the seeds
    /// describe them: 三会一课 and 组织生活 (D3), 党员教育管理 (D3 学习教育), 联系服务群众 (D4 服务型机关党组织),
    /// 党风廉政建设 (D0, D2). Only the overall rating is required.
    /// </summary>
    private static QuestionItem[] CommitteeQuestions() =>
    [
        new("committee-overall", new LocalizedText("对党支部委员会的总体评价", "Overall rating of the branch committee"),
            ItemKind.Choice, ItemScope.PerBallot, CommitteeScale),
        CommitteeAspect("committee-party-life", "落实“三会一课”等组织生活制度", "Holding regular Party meetings and activities"),
        CommitteeAspect("committee-education", "党员教育管理", "Educating and managing members"),
        CommitteeAspect("committee-service", "联系服务群众", "Serving the public"),
        CommitteeAspect("committee-integrity", "党风廉政建设", "Integrity and conduct"),
    ];

    private static QuestionItem CommitteeAspect(string key, string zh, string en) =>
        new(key, new LocalizedText(zh, en), ItemKind.Choice, ItemScope.PerBallot, CommitteeScale, Required: false);
}
