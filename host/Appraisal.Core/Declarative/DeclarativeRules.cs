using System.Globalization;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Declarative;

/// <summary>
/// The simple ballot rules a declarative type switches on by name (<see cref="BallotRuleNames"/>). Checked at cast
/// time on the whole ballot, before the host splits it into sheets. They read the campaign's questionnaire, which an
/// organiser may have edited: a rule whose item is gone checks nothing rather than refusing every ballot.
/// </summary>
internal sealed class DeclarativeRules : IBallotRules
{
    private readonly MaxShare[] _maxShares;
    private readonly int? _notUniformFrom;

    private DeclarativeRules(MaxShare[] maxShares, int? notUniformFrom)
    {
        _maxShares = maxShares;
        _notUniformFrom = notUniformFrom;
    }

    /// <summary>Builds the rules, reporting each unusable one against the templates' questionnaires; null when any is unusable.</summary>
    public static DeclarativeRules? Create(
        IReadOnlyList<DeclarativeStrategyManifest> rules, IReadOnlyList<Questionnaire> templates, Action<string> report)
    {
        var maxShares = new List<MaxShare>();
        int? notUniformFrom = null;
        var ok = true;
        foreach (var rule in rules)
        {
            void Report(string key, string problem)
            {
                report($"\"{rule.Field}.{key}\" {problem}");
                ok = false;
            }

            var reader = new SettingsReader(rule.Settings, Report);
            switch (rule.Name)
            {
                case BallotRuleNames.MaxShare:
                    reader.RejectUnknown(["item", "option", "share"]);
                    var share = reader.Number("share", 0m, 0.0001m, 1m);
                    if (!rule.Settings.ContainsKey("share"))
                    {
                        Report("share", "is required (the largest share of a ballot's subjects, e.g. 0.3)");
                    }

                    if (CheckItemOption(rule, templates, Report) is { } target)
                    {
                        maxShares.Add(new MaxShare(target.Item, target.Option, share));
                    }

                    break;
                case BallotRuleNames.NotUniform:
                    reader.RejectUnknown(["minSubjects"]);
                    notUniformFrom = reader.Integer("minSubjects", 3, 2, 10_000);
                    break;
                default:
                    report($"\"{rule.Field}.rule\" is \"{rule.Name}\", which this host does not provide (built in: {string.Join(", ", BallotRuleNames.All)})");
                    ok = false;
                    break;
            }
        }

        return ok ? new DeclarativeRules([.. maxShares], notUniformFrom) : null;
    }

    public IReadOnlyList<BallotProblem> Check(BallotCheck check)
    {
        var problems = new List<BallotProblem>();
        var questionnaire = check.Questionnaire;
        var answers = check.Ballot.Answers;
        foreach (var rule in _maxShares)
        {
            if (questionnaire.FindItem(rule.Item) is not { } item || questionnaire.FindScale(item.ScaleKey)?.FindOption(rule.Option) is not { } option)
            {
                continue;
            }

            var rated = answers.Where(a => a.ItemKey == rule.Item && a.SubjectId is not null && a.OptionKeys.Count > 0).ToArray();
            var allowed = Math.Max(1, (int)Math.Floor(rule.Share * rated.Length));
            var given = rated.Count(a => a.OptionKeys.Contains(rule.Option));
            if (given > allowed)
            {
                var percent = (rule.Share * 100).ToString("0.##", CultureInfo.InvariantCulture);
                problems.Add(new BallotProblem("MAX_SHARE",
                    new LocalizedText(
                        $"“{item.Text.ZhCn}”评为“{option.Label.ZhCn}”的对象不能超过本票的 {percent}%（最多 {allowed} 个），现为 {given} 个。",
                        $"At most {percent}% of this ballot's subjects ({allowed}) may get \"{option.Label.En}\" for \"{item.Text.En}\"; {given} do."),
                    rule.Item));
            }
        }

        if (_notUniformFrom is { } from && IsUniform(questionnaire, answers, from))
        {
            problems.Add(new BallotProblem("UNIFORM_ANSWERS",
                new LocalizedText(
                    $"本票评议了 {from} 个以上对象，所有题目却选了同一个选项；请按每个人的实际表现评议。",
                    $"This ballot rates {from} or more subjects with the same option for every item; rate each on their own record.")));
        }

        return problems;
    }

    private static bool IsUniform(Questionnaire questionnaire, IReadOnlyList<Answer> answers, int minSubjects)
    {
        var chosen = answers
            .Where(a => a.SubjectId is not null && questionnaire.FindItem(a.ItemKey) is { Kind: ItemKind.Choice, Scope: ItemScope.PerSubject })
            .SelectMany(a => a.OptionKeys.Select(o => (a.SubjectId, Scale: questionnaire.FindItem(a.ItemKey)!.ScaleKey, Option: o)))
            .Where(c => questionnaire.FindScale(c.Scale)?.FindOption(c.Option) is { IsAbstain: false })
            .ToArray();
        return chosen.Select(c => c.SubjectId).Distinct().Count() >= minSubjects
            && chosen.Select(c => (c.Scale, c.Option)).Distinct().Count() == 1;
    }

    private static (string Item, string Option)? CheckItemOption(
        DeclarativeStrategyManifest rule, IReadOnlyList<Questionnaire> templates, Action<string, string> report)
    {
        if (!rule.Settings.TryGetValue("item", out var itemKey) || !rule.Settings.TryGetValue("option", out var optionKey))
        {
            report(rule.Settings.ContainsKey("item") ? "option" : "item", "is required");
            return null;
        }

        foreach (var questionnaire in templates)
        {
            if (questionnaire.FindItem(itemKey) is not { Kind: ItemKind.Choice, Scope: ItemScope.PerSubject } item)
            {
                report("item", $"\"{itemKey}\" is not a per-subject choice item of every template");
                return null;
            }

            if (questionnaire.FindScale(item.ScaleKey)?.FindOption(optionKey) is null)
            {
                report("option", $"\"{optionKey}\" is not an option of the scale \"{item.ScaleKey}\" of item \"{itemKey}\"");
                return null;
            }
        }

        return (itemKey, optionKey);
    }

    private sealed record MaxShare(string Item, string Option, decimal Share);
}
