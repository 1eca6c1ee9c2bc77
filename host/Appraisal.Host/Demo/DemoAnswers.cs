using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Demo;

/// <summary>
/// Fills any questionnaire the way a plausible rater would: mostly favourable choices, now and then a critical one
/// with its reason, conditions respected. Generic on purpose, so demo data follows whatever template a type ships.
/// </summary>
internal static class DemoAnswers
{
    private static readonly string[] Reasons = ["办事需要多次跑腿", "窗口等候时间较长", "答复不够及时", "政策解释不够清楚"];
    private static readonly string[] Suggestions = ["希望进一步简化办事流程", "建议增加网上办理事项", "服务热情，继续保持", "希望延长周末服务时间"];

    public static List<Answer> For(BallotForm form, Random random)
    {
        var answers = new List<Answer>();
        foreach (var item in form.Questionnaire.Items)
        {
            var subjects = item.Scope == ItemScope.PerSubject ? form.Subjects.Select(s => (string?)s.Id) : [null];
            foreach (var subject in subjects)
            {
                if (item.ShowWhen is { } condition && !answers.Any(a =>
                        a.ItemKey == condition.ItemKey && (a.SubjectId == subject || item.Scope != ItemScope.PerSubject)
                        && a.OptionKeys.Any(condition.OptionKeys.Contains)))
                {
                    continue;
                }

                if (Answer(form.Questionnaire, item, subject, random, conditional: item.ShowWhen is not null) is { } answer)
                {
                    answers.Add(answer);
                }
            }
        }

        return answers;
    }

    /// <summary>
    /// Repairs a refused ballot so a retry passes the type's own rules: answers a refusal names are dropped, and
    /// items it says are missing (<c>REQUIRED</c>) get the most favourable option or a suggestion.
    /// </summary>
    public static List<Answer> Repaired(BallotForm form, List<Answer> answers, IReadOnlyList<BallotProblem> problems)
    {
        var repaired = answers.Where(a => !problems.Any(p => p.ItemKey == a.ItemKey && (p.SubjectId is null || p.SubjectId == a.SubjectId))).ToList();
        foreach (var missing in problems.Where(p => p.Code == "REQUIRED" && p.ItemKey is not null))
        {
            var item = form.Questionnaire.FindItem(missing.ItemKey!);
            var option = form.Questionnaire.FindScale(item?.ScaleKey)?.Options.FirstOrDefault(o => !o.IsAbstain);
            if (item is not null)
            {
                repaired.Add(option is null
                    ? new Answer(item.Key, missing.SubjectId, [], Suggestions[0])
                    : new Answer(item.Key, missing.SubjectId, [option.Key]));
            }
        }

        return repaired;
    }

    private static Answer? Answer(Questionnaire questionnaire, QuestionItem item, string? subject, Random random, bool conditional)
    {
        switch (item.Kind)
        {
            case ItemKind.Choice:
                var options = questionnaire.FindScale(item.ScaleKey)?.Options ?? [];
                if (options.Count == 0 || (!item.Required && random.Next(4) == 0))
                {
                    return null;
                }

                // Skewed toward the first (most favourable) options, as real tallies are.
                var index = Math.Min(options.Count - 1, (int)(Math.Pow(random.NextDouble(), 2.2) * options.Count));
                return new Answer(item.Key, subject, [options[index].Key]);
            case ItemKind.Checklist:
                var ticks = questionnaire.FindScale(item.ScaleKey)?.Options ?? [];
                return ticks.Count == 0 || random.Next(6) != 0 ? null : new Answer(item.Key, subject, [ticks[random.Next(ticks.Count)].Key]);
            default:
                if (!item.Required && !conditional && random.Next(3) != 0)
                {
                    return null;
                }

                var pool = conditional ? Reasons : Suggestions;
                var text = pool[random.Next(pool.Length)];
                return new Answer(item.Key, subject, [], text.Length <= item.MaxLength ? text : text[..item.MaxLength]);
        }
    }
}
