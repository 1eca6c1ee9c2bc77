using System.Globalization;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The codes <see cref="AnswerValidator"/> reports, and the only place their messages are written, so the ballot
/// page, the API and the tests all say the same thing. A code is part of the API contract: pages key their
/// styling and translations on it, so a code is never renamed; a new check gets a new code.
/// </summary>
public static class AnswerProblems
{
    /// <summary>The questionnaire itself is malformed (a host bug, not the rater's); no ballot is accepted against it.</summary>
    public const string InvalidQuestionnaire = "INVALID_QUESTIONNAIRE";

    /// <summary>More answers than the questionnaire can have; reported alone, without looking further.</summary>
    public const string TooManyAnswers = "TOO_MANY_ANSWERS";

    /// <summary>An entry of the answer list is null.</summary>
    public const string NullAnswer = "NULL_ANSWER";

    /// <summary>An entry of the subject list is null or has no id.</summary>
    public const string NullSubject = "NULL_SUBJECT";

    /// <summary>The answer names an item the questionnaire does not have.</summary>
    public const string UnknownItem = "UNKNOWN_ITEM";

    /// <summary>A per-subject item answered without a subject, or for a subject this ballot does not rate.</summary>
    public const string UnknownSubject = "UNKNOWN_SUBJECT";

    /// <summary>A per-ballot item answered for a subject.</summary>
    public const string UnexpectedSubject = "UNEXPECTED_SUBJECT";

    /// <summary>The same item (and subject) answered twice.</summary>
    public const string DuplicateAnswer = "DUPLICATE_ANSWER";

    /// <summary>A choice item answered with more than one option.</summary>
    public const string OneOption = "ONE_OPTION";

    /// <summary>An option key that is not on the item's scale.</summary>
    public const string NotOnScale = "NOT_ON_SCALE";

    /// <summary>A checklist answer that ticks the same option twice.</summary>
    public const string DuplicateOption = "DUPLICATE_OPTION";

    /// <summary>Text on a choice or checklist item.</summary>
    public const string UnexpectedText = "UNEXPECTED_TEXT";

    /// <summary>Options on a text item.</summary>
    public const string UnexpectedOption = "UNEXPECTED_OPTION";

    /// <summary>Text longer than the item's <c>MaxLength</c> in Unicode scalar values.</summary>
    public const string TooLong = "TOO_LONG";

    /// <summary>Text with a lone surrogate or a control character other than line feed, carriage return and tab.</summary>
    public const string InvalidText = "INVALID_TEXT";

    /// <summary>An answer to an item that its condition hides.</summary>
    public const string NotShown = "NOT_SHOWN";

    /// <summary>A required item that is shown but not answered.</summary>
    public const string Required = "REQUIRED";

    internal static BallotProblem InvalidQuestionnaireProblem(string? itemKey) => new(InvalidQuestionnaire,
        new LocalizedText("测评表设置有误，无法核对答卷，请联系组织者。",
            "The questionnaire is set up wrongly, so no ballot can be checked against it; please tell the organiser."),
        itemKey);

    internal static BallotProblem TooManyAnswersProblem() => new(TooManyAnswers,
        new LocalizedText("答案数量超过了测评表的题目数。", "The ballot has more answers than the questionnaire has questions."));

    internal static BallotProblem NullAnswerProblem() => new(NullAnswer,
        new LocalizedText("答卷中有一项答案为空。", "One of the answers is missing (null)."));

    internal static BallotProblem NullSubjectProblem() => new(NullSubject,
        new LocalizedText("评议对象名单中有空项。", "The list of subjects has an empty entry."));

    internal static BallotProblem UnknownItemProblem(string? itemKey, string? subjectId) => new(UnknownItem,
        new LocalizedText("测评表中没有这道题。", "This question is not on the questionnaire."), itemKey, subjectId);

    internal static BallotProblem UnknownSubjectProblem(string itemKey, string? subjectId) => new(UnknownSubject,
        subjectId is null
            ? new LocalizedText("这道题要对每个评议对象分别作答，但没有指明对象。",
                "This question is answered for each subject, but no subject was given.")
            : new LocalizedText("这张票不评议该对象。", "This ballot does not rate this subject."),
        itemKey, subjectId);

    internal static BallotProblem UnexpectedSubjectProblem(string itemKey, string subjectId) => new(UnexpectedSubject,
        new LocalizedText("这道题对整张票作答一次，不针对具体对象。",
            "This question is answered once for the whole ballot, not for a subject."),
        itemKey, subjectId);

    internal static BallotProblem DuplicateAnswerProblem(string itemKey, string? subjectId) => new(DuplicateAnswer,
        new LocalizedText("这道题重复作答了。", "This question was answered more than once."), itemKey, subjectId);

    internal static BallotProblem OneOptionProblem(string itemKey, string? subjectId) => new(OneOption,
        new LocalizedText("这道题只能选一项。", "Choose exactly one option."), itemKey, subjectId);

    internal static BallotProblem NotOnScaleProblem(string itemKey, string? subjectId) => new(NotOnScale,
        new LocalizedText("所选选项不是这道题的选项。", "The chosen option is not one of this question's options."),
        itemKey, subjectId);

    internal static BallotProblem DuplicateOptionProblem(string itemKey, string? subjectId) => new(DuplicateOption,
        new LocalizedText("同一选项勾选了不止一次。", "The same option is ticked more than once."), itemKey, subjectId);

    internal static BallotProblem UnexpectedTextProblem(string itemKey, string? subjectId) => new(UnexpectedText,
        new LocalizedText("这道题只选选项，不填写文字。", "This question takes a choice, not written text."),
        itemKey, subjectId);

    internal static BallotProblem UnexpectedOptionProblem(string itemKey, string? subjectId) => new(UnexpectedOption,
        new LocalizedText("这道题只填写文字，不选选项。", "This question takes written text, not a choice."),
        itemKey, subjectId);

    internal static BallotProblem TooLongProblem(string itemKey, string? subjectId, int maxLength) => new(TooLong,
        new LocalizedText(
            string.Create(CultureInfo.InvariantCulture, $"文字过长：最多 {maxLength} 个字。"),
            string.Create(CultureInfo.InvariantCulture, $"The text is too long: at most {maxLength} characters.")),
        itemKey, subjectId);

    internal static BallotProblem InvalidTextProblem(string itemKey, string? subjectId) => new(InvalidText,
        new LocalizedText("文字中含有无法保存的字符（控制字符或残缺的字符）。",
            "The text contains characters that cannot be stored (control characters or broken characters)."),
        itemKey, subjectId);

    internal static BallotProblem NotShownProblem(string itemKey, string? subjectId) => new(NotShown,
        new LocalizedText("根据前面的回答，这道题无需作答，请留空。",
            "Given an earlier answer this question does not apply; leave it blank."),
        itemKey, subjectId);

    internal static BallotProblem RequiredProblem(string itemKey, string? subjectId) => new(Required,
        new LocalizedText("这道题必须作答。", "This question must be answered."), itemKey, subjectId);
}
