using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// Rules a 人民满意机关 ballot must meet beyond the host's checks of the questionnaire.
/// <list type="bullet">
/// <item>In 机关互评 an agency must not rate itself: when the settings carry the rating agency as <c>self</c>,
/// answers about it are rejected (<c>SELF_RATING</c>). The balanced-peer draw already keeps agencies off their
/// own ballots; this catches ballots handed out otherwise.</item>
/// <item>Optionally (<c>uniformBallots=reject</c>), a ballot giving the same scored answer everywhere is refused
/// (<c>UNIFORM_ANSWERS</c>): DOMAIN §3.4 lists it among products' data-quality switches [V][S86], not as a rule of
/// any campaign, and a citizen content with every agency answers exactly so — hence off by default.</item>
/// </list>
/// </summary>
internal sealed class AgencyRules(IReadOnlyDictionary<string, string> pluginSettings) : IBallotRules
{
    public IReadOnlyList<BallotProblem> Check(BallotCheck check)
    {
        var problems = new List<BallotProblem>();
        var answers = check.Ballot.Answers;
        if (Setting(check, "self") is { Length: > 0 } self)
        {
            problems.AddRange(answers
                .Where(a => a.SubjectId == self && a.OptionKeys.Count > 0)
                .Select(a => new BallotProblem("SELF_RATING",
                    new LocalizedText("不能评议本单位。", "An agency cannot rate itself."), a.ItemKey, a.SubjectId)));
        }

        if (Setting(check, "uniformBallots")?.Trim() == "reject" && IsUniform(check))
        {
            problems.Add(new BallotProblem("UNIFORM_ANSWERS",
                new LocalizedText("所有评价完全相同，请逐项评价。", "Every answer is the same; please rate each item on its own.")));
        }

        return problems;
    }

    private string? Setting(BallotCheck check, string key) =>
        check.Settings.TryGetValue(key, out var value) ? value : pluginSettings.GetValueOrDefault(key);

    /// <summary>At least two scored answers (not 不了解) about agencies, all the same option.</summary>
    private static bool IsUniform(BallotCheck check)
    {
        string? first = null;
        var count = 0;
        foreach (var answer in check.Ballot.Answers)
        {
            if (answer.SubjectId is null || answer.OptionKeys.Count != 1
                || check.Questionnaire.FindItem(answer.ItemKey) is not { ScaleKey: { } scaleKey }
                || check.Questionnaire.FindScale(scaleKey)?.FindOption(answer.OptionKeys[0]) is not { IsAbstain: false, Value: not null })
            {
                continue;
            }

            if (first is not null && first != answer.OptionKeys[0])
            {
                return false;
            }

            first = answer.OptionKeys[0];
            count++;
        }

        return count >= 2;
    }
}
