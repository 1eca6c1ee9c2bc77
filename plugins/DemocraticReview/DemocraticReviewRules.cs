using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// Rules of the 民主测评 ballot beyond the questionnaire, which the host has already checked:
/// <list type="bullet">
/// <item><c>NOT_GRADED</c>: 预备党员 rate others but are not graded (DOMAIN §1.4 [W] S3–S5), so nothing may be
/// answered about them, neither a grade nor a dimension, tick or text the report would never show.</item>
/// <item><c>REQUIRED</c>: every 正式党员 on the ballot needs a grade. The template leaves the grade optional for
/// the host because the host cannot tell 正式 from 预备; this rule is the required check it would have made.</item>
/// <item><c>SELF_RATING</c>: a rater may not grade themselves ("cannot rate oneself", DOMAIN §1.7 S94). Only
/// enforceable when the ballot's settings name the rater as <c>self</c>; balanced draws already leave the rater out.</item>
/// </list>
/// DOMAIN §1.5's other ballot rules (returned ≤ issued, quorum) concern the session, not one ballot: the host's
/// turnout covers them.
/// </summary>
internal sealed class DemocraticReviewRules : IBallotRules
{
    public const string SelfSetting = "self";

    private static readonly LocalizedText NotGraded = new(
        "预备党员不评定等次，请不要对其作答。", "Probationary members are not graded; leave their rows blank.");

    private static readonly LocalizedText SelfRating = new("不能评议本人。", "You cannot rate yourself.");

    private static readonly LocalizedText GradeRequired = new("请评定等次。", "Choose a grade.");

    public IReadOnlyList<BallotProblem> Check(BallotCheck check)
    {
        if (check?.Ballot?.Answers is not { } answers)
        {
            return [];
        }

        var subjects = new Dictionary<string, Subject>(StringComparer.Ordinal);
        var ordered = new List<Subject>();
        foreach (var subject in check.Subjects ?? [])
        {
            if (subject?.Id is { } id && subjects.TryAdd(id, subject))
            {
                ordered.Add(subject);
            }
        }

        string? self = null;
        check.Settings?.TryGetValue(SelfSetting, out self);
        var problems = new List<BallotProblem>();
        var graded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (answer?.SubjectId is not { } subjectId || IsBlank(answer))
            {
                continue;
            }

            if (answer.ItemKey == DemocraticReviewTemplate.GradeItem)
            {
                graded.Add(subjectId);
            }

            if (subjectId == self)
            {
                problems.Add(new BallotProblem("SELF_RATING", SelfRating, answer.ItemKey, subjectId));
            }
            else if (subjects.TryGetValue(subjectId, out var subject) && Membership.IsProbationary(subject))
            {
                problems.Add(new BallotProblem("NOT_GRADED", NotGraded, answer.ItemKey, subjectId));
            }
        }

        var grade = check.Questionnaire?.Items?.FirstOrDefault(i => i?.Key == DemocraticReviewTemplate.GradeItem);
        if (grade is { Scope: ItemScope.PerSubject, Kind: ItemKind.Choice })
        {
            problems.AddRange(ordered
                .Where(s => s.Id != self && !Membership.IsProbationary(s) && !graded.Contains(s.Id))
                .Select(s => new BallotProblem("REQUIRED", GradeRequired, grade.Key, s.Id)));
        }

        return problems;
    }

    private static bool IsBlank(Answer answer) =>
        (answer.OptionKeys is null || answer.OptionKeys.Count == 0) && string.IsNullOrEmpty(answer.Text);
}
