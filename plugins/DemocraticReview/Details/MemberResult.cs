namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>One member's tally (GraphQL <c>DemocraticReviewMember</c>).</summary>
/// <param name="SubjectId">The subject id in the campaign.</param>
/// <param name="Name">The member's name.</param>
/// <param name="Graded">False for a 预备党员: 不定等次, so nothing below is filled.</param>
/// <param name="Total">The grades combined over the weighted groups; null when not graded.</param>
/// <param name="Groups">The grades per rater group, advisory groups included.</param>
/// <param name="Flags">Codes of the thresholds reached: <c>UNQUALIFIED_SHARE</c>, <c>NEGATIVE_SIGNS</c>,
/// <c>EXCELLENT_CANDIDATE</c>. Never set from a suppressed cell.</param>
/// <param name="Dimensions">Optional dimension ratings, when the questionnaire has them.</param>
/// <param name="BallotsWithNegativeSigns">Ballots of the combined groups ticking at least one 反向情形; null when suppressed.</param>
/// <param name="NegativeSigns">Ticks per 反向情形, share of the member's valid ballots.</param>
/// <param name="ProblemsSuppressed">True when too few ballots stand behind the 存在问题 texts to show them.</param>
/// <param name="Problems">The 存在问题 texts, sorted; they are ballot content, so listing them is anonymous.</param>
public sealed record MemberResult(
    string SubjectId,
    string Name,
    bool Graded,
    OptionDistribution? Total,
    IReadOnlyList<OptionDistribution> Groups,
    IReadOnlyList<string> Flags,
    IReadOnlyList<DimensionResult> Dimensions,
    int? BallotsWithNegativeSigns,
    IReadOnlyList<OptionShare> NegativeSigns,
    bool ProblemsSuppressed,
    IReadOnlyList<string> Problems);
