using Appraisal.Plugins.Satisfaction.Settings;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Rules;

/// <summary>
/// What a 满意度测评 ballot needs beyond the host's checks: a 差评 comes with a reason someone can act on. The
/// host makes a shown reason item required only if the item says so, and counts white space as an answer; 好差评
/// requires every 差评 to be verified, rectified and answered (§2.3, [N] S30 S33), which a blank reason defeats.
/// So when <c>complaints.reason-required</c> is on (the default), each 差评 answer whose reason item is shown
/// must carry a reason that is not blank. Nothing else is asked: rating is voluntary (S30), so a ballot of
/// 不了解 only is valid and simply counts in no denominator.
/// </summary>
internal sealed class SatisfactionBallotRules(IReadOnlyDictionary<string, string> pluginDefaults) : IBallotRules
{
    public const string ReasonBlank = "REASON_BLANK";

    public IReadOnlyList<BallotProblem> Check(BallotCheck check)
    {
        // The host calls this with network input: a malformed anything is "no problem of ours", never an exception.
        if (check?.Questionnaire?.Items is not { } items || check.Ballot?.Answers is not { } answers)
        {
            return [];
        }

        var settings = SatisfactionSettings.Read(pluginDefaults, check.Settings);
        if (!settings.ReasonRequired)
        {
            return [];
        }

        var reasons = items
            .Where(i => i is { Kind: ItemKind.Text, ShowWhen.ItemKey: not null })
            .GroupBy(i => i.ShowWhen!.ItemKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        if (reasons.Count == 0)
        {
            return [];
        }

        var scales = ScaleResolver.Resolve(check.Questionnaire, settings);
        var choices = items.Where(i => i is { Kind: ItemKind.Choice, Key: not null, ScaleKey: not null } && reasons.ContainsKey(i.Key))
            .DistinctBy(i => i.Key).ToDictionary(i => i.Key, StringComparer.Ordinal);
        var texts = new Dictionary<(string, string?), string?>();
        foreach (var answer in answers)
        {
            if (answer?.ItemKey is not null)
            {
                texts.TryAdd((answer.ItemKey, answer.SubjectId), answer.Text);
            }
        }

        var problems = new List<BallotProblem>();
        foreach (var answer in answers)
        {
            if (answer?.ItemKey is null || !choices.TryGetValue(answer.ItemKey, out var choice) || answer.OptionKeys is not [{ } optionKey]
                || !scales.TryGetValue(choice.ScaleKey!, out var scale) || scale.IndexOf(optionKey) is var index && index < 0
                || !scale.Options[index].Complaint)
            {
                continue;
            }

            foreach (var reason in reasons[choice.Key].Where(r => r.ShowWhen!.OptionKeys?.Contains(optionKey) == true))
            {
                var subject = reason.Scope == ItemScope.PerSubject ? answer.SubjectId : null;
                if (string.IsNullOrWhiteSpace(texts.GetValueOrDefault((reason.Key, subject))))
                {
                    problems.Add(new BallotProblem(
                        ReasonBlank,
                        new LocalizedText($"请说明对“{choice.Text.ZhCn}”不满意的原因。", $"Please say why you are dissatisfied with \"{choice.Text.En}\"."),
                        reason.Key,
                        subject));
                }
            }
        }

        return problems.DistinctBy(p => (p.ItemKey, p.SubjectId)).ToArray();
    }
}
