using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Declarative;

/// <summary>
/// <c>weighted-score</c> (DOMAIN §3.4, §2.4): per subject and rater group the mapped mean of each per-subject choice
/// item, and the group score S = Σ wᵢ·Sᵢ ÷ Σ wᵢ over the items; then the composite Σ W_g·S_g ÷ Σ W_g over the
/// weighted groups (<see cref="RaterGroup.WeightFor"/> the subject's unit class); advisory groups are shown beside
/// it and never combined; ranking with shared ranks for ties; optional tiers.
/// Works on sheets, not ballots: a ballot split into one sheet per subject (docs/campaigns.md) counts the same as
/// a whole one, because every count here is "sheets with an answer about this subject".
/// A cell resting on fewer than the minimum cell size of sheets or answers is hidden and also left out of every sum
/// above it, so no shown number can be subtracted back into a hidden one.
/// </summary>
internal sealed class WeightedScoreAggregator(WeightedScoreSettings defaults) : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        var ignored = new List<string>();
        var settings = WeightedScoreSettings.Read(input.Settings, defaults,
            (key, problem) => ignored.Add($"{key}: {problem}"), rejectUnknown: false);
        var k = Math.Max(1, input.MinimumCellSize);
        var questionnaire = input.Questionnaire;
        var items = ScoredItems(questionnaire);
        var points = items.ToDictionary(
            i => i.Key,
            i => questionnaire.FindScale(i.ScaleKey)!.Options
                .Where(o => !o.IsAbstain && o.Value is not null)
                .ToDictionary(o => o.Key, o => o.Value!.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var subjects = input.Subjects.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var groups = Groups(input);

        // One pass over the sheets: per (group, subject, item) the sum of points and the number of scored answers,
        // per (group, subject) the number of sheets with at least one scored answer about the subject.
        var sums = new Dictionary<(string Group, string Subject, string Item), (decimal Sum, int Count)>();
        var sheets = new Dictionary<(string Group, string Subject), int>();
        var scoredSubjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ballot in input.Ballots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scoredSubjects.Clear();
            foreach (var answer in ballot.Answers)
            {
                if (answer.SubjectId is not { } subject || !subjects.ContainsKey(subject) || !points.TryGetValue(answer.ItemKey, out var map))
                {
                    continue;
                }

                foreach (var option in answer.OptionKeys)
                {
                    if (map.TryGetValue(option, out var value))
                    {
                        var key = (ballot.RaterGroup, subject, answer.ItemKey);
                        var (sum, count) = sums.GetValueOrDefault(key);
                        sums[key] = (sum + value, count + 1);
                        scoredSubjects.Add(subject);
                    }
                }
            }

            foreach (var subject in scoredSubjects)
            {
                sheets[(ballot.RaterGroup, subject)] = sheets.GetValueOrDefault((ballot.RaterGroup, subject)) + 1;
            }
        }

        var results = input.Subjects.Select(subject =>
        {
            var byGroup = groups.Select(group =>
            {
                var n = sheets.GetValueOrDefault((group.Key, subject.Id));
                var means = items.Select(item =>
                {
                    var (sum, count) = sums.GetValueOrDefault((group.Key, subject.Id, item.Key));
                    return count >= k && n >= k ? sum / count : (decimal?)null;
                }).ToArray();
                var shown = items.Zip(means).Where(p => p.Second is not null && p.First.Weight > 0).ToArray();
                var weight = shown.Sum(p => p.First.Weight);
                decimal? score = n >= k && weight > 0 ? shown.Sum(p => p.First.Weight * p.Second!.Value) / weight : null;
                return new GroupResult(group, n, means, score);
            }).ToArray();
            return new SubjectResult(subject, byGroup, CombineGroups(subject, byGroup, settings));
        }).ToArray();

        var ranks = Rank(results, settings);
        return new AppraisalReport(input.Ballots.Count,
        [
            ScoresTable(results, groups, ranks, settings),
            GroupItemsTable(results, items, settings),
            Rules(input, items, groups, settings, k, ignored).Build(),
        ]);
    }

    /// <summary>Per-subject choice items on a scale with at least one option worth points.</summary>
    internal static QuestionItem[] ScoredItems(Questionnaire questionnaire) => questionnaire.Items
        .Where(i => i.Kind == ItemKind.Choice && i.Scope == ItemScope.PerSubject
            && questionnaire.FindScale(i.ScaleKey)?.Options.Any(o => !o.IsAbstain && o.Value is not null) == true)
        .ToArray();

    /// <summary>The campaign's groups in their order, then any group found only on ballots (advisory: it has no weight).</summary>
    private static RaterGroup[] Groups(AggregationInput input)
    {
        var known = input.RaterGroups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var extra = input.Ballots.Select(b => b.RaterGroup).Where(g => !known.Contains(g)).Distinct().Order(StringComparer.Ordinal)
            .Select(g => new RaterGroup(g, LocalizedText.Same(g), null, new Dictionary<string, decimal>()));
        return [.. input.RaterGroups, .. extra];
    }

    private static CompositeScore CombineGroups(Subject subject, GroupResult[] byGroup, WeightedScoreSettings settings)
    {
        var weighted = byGroup.Where(g => g.Group.WeightFor(subject.UnitClass) is > 0).ToArray();
        var combined = weighted.Where(g => g.Score is not null).ToArray();
        if (combined.Length == 0 || (!settings.RenormalizeMissingGroups && combined.Length < weighted.Length))
        {
            return new CompositeScore(null, combined);
        }

        var total = combined.Sum(g => g.Group.WeightFor(subject.UnitClass)!.Value);
        var score = combined.Sum(g => g.Group.WeightFor(subject.UnitClass)!.Value * g.Score!.Value) / total;
        return new CompositeScore(Rounding.Round(score, settings.Decimals), combined);
    }

    /// <summary>Competition ranking (1, 1, 3) on the rounded composite, within unit class unless configured otherwise.</summary>
    private static Dictionary<string, int> Rank(SubjectResult[] results, WeightedScoreSettings settings)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        var ranked = results.Where(r => r.Composite.Score is not null && !IsUnranked(r.Subject));
        foreach (var cls in ranked.GroupBy(r => settings.RankWithinUnitClass ? r.Subject.UnitClass ?? "" : "", StringComparer.Ordinal))
        {
            var scores = cls.Select(r => r.Composite.Score!.Value).ToArray();
            foreach (var result in cls)
            {
                ranks[result.Subject.Id] = 1 + scores.Count(s => s > result.Composite.Score!.Value);
            }
        }

        return ranks;
    }

    /// <summary>征求意见单位 and the like (DOMAIN §3.2 d): rated, shown, not ranked.</summary>
    private static bool IsUnranked(Subject subject) =>
        string.Equals(subject.Attribute("ranked", "true"), "false", StringComparison.OrdinalIgnoreCase);

    private static ReportTable ScoresTable(
        SubjectResult[] results, RaterGroup[] groups, Dictionary<string, int> ranks, WeightedScoreSettings settings)
    {
        var columns = new List<LocalizedText> { new("对象", "Subject"), new("类别", "Class") };
        columns.AddRange(groups.Select(g => g.IsAdvisory
            ? new LocalizedText($"{g.Name.ZhCn}（参考，不计入）", $"{g.Name.En} (advisory, not combined)")
            : new LocalizedText(g.Name.ZhCn, g.Name.En)));
        columns.AddRange([new("综合得分", "Composite score"), new("计入群体", "Groups combined"), new("名次", "Rank"), new("等次", "Tier")]);

        var rows = results.Select(result =>
        {
            var cells = new List<ReportCell> { ReportCell.Of(result.Subject.Name), ReportCell.Of(result.Subject.UnitClass ?? "") };
            cells.AddRange(result.Groups.Select(g => g.Score is { } score ? ReportCell.Of(Rounding.Round(score, settings.Decimals)) : ReportCell.Hidden));
            var composite = result.Composite.Score;
            cells.Add(composite is { } c ? ReportCell.Of(c) : ReportCell.Of(""));
            cells.Add(ReportCell.Of(string.Join("、", result.Composite.Combined.Select(g => g.Group.Name.ZhCn))));
            cells.Add(ranks.TryGetValue(result.Subject.Id, out var rank) ? ReportCell.Of(rank)
                : composite is not null && IsUnranked(result.Subject) ? ReportCell.Of("不排名") : ReportCell.Of(""));
            cells.Add(ReportCell.Of(composite is { } s ? settings.Tiers.FirstOrDefault(t => s >= t.Minimum)?.Label ?? "" : ""));
            return (IReadOnlyList<ReportCell>)cells;
        }).ToArray();
        return new ReportTable("scores", new LocalizedText("综合得分与排名", "Composite scores and ranking"), columns, rows);
    }

    private static ReportTable GroupItemsTable(SubjectResult[] results, QuestionItem[] items, WeightedScoreSettings settings)
    {
        var columns = new List<LocalizedText> { new("对象", "Subject"), new("评议群体", "Rater group"), new("有效评议份数", "Sheets") };
        columns.AddRange(items.Select(i => new LocalizedText(i.Text.ZhCn, i.Text.En)));
        columns.Add(new LocalizedText("群体得分", "Group score"));
        var rows = results.SelectMany(result => result.Groups.Select(group =>
        {
            var cells = new List<ReportCell> { ReportCell.Of(result.Subject.Name), ReportCell.Of(group.Group.Name.ZhCn), ReportCell.Of(group.Sheets) };
            cells.AddRange(group.Means.Select(m => m is { } mean ? ReportCell.Of(Rounding.Round(mean, settings.Decimals)) : ReportCell.Hidden));
            cells.Add(group.Score is { } score ? ReportCell.Of(Rounding.Round(score, settings.Decimals)) : ReportCell.Hidden);
            return (IReadOnlyList<ReportCell>)cells;
        })).ToArray();
        return new ReportTable("group-items", new LocalizedText("各群体分项得分", "Item scores per rater group"), columns, rows);
    }

    private static RulesTable Rules(
        AggregationInput input, QuestionItem[] items, RaterGroup[] groups, WeightedScoreSettings settings, int k, List<string> ignored)
    {
        var rules = new RulesTable()
            .Add("策略 Strategy", AggregationStrategies.WeightedScore)
            .AddMappings(input.Questionnaire, items)
            .Add("题目权重 Item weights", string.Join(", ", items.Select(i => $"{i.Text.ZhCn} {RulesTable.Format(i.Weight)}")))
            .Add("群体得分 Group score", "各题平均分按题目权重加权平均：Σ(题目权重×题目平均分)÷Σ(题目权重) " +
                "(weighted mean of the item means; only per-subject choice items score)");
        foreach (var group in groups)
        {
            var byClass = group.WeightsByUnitClass.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key} {RulesTable.Format(p.Value)}").ToArray();
            var applied = group.IsAdvisory ? "参考，不计入综合得分 (advisory, not combined)"
                : (group.Weight is { } w ? RulesTable.Format(w) : "—") + (byClass.Length > 0 ? $"; 按类别 by class: {string.Join(", ", byClass)}" : "");
            rules.Add($"群体权重 Group weight: {group.Name.ZhCn} ({group.Key})", applied);
        }

        if (settings.GroupWeights.Count > 0)
        {
            rules.Add("类型建议权重 Type's default weights",
                string.Join(", ", settings.GroupWeights.Select(p => $"{p.Key} {RulesTable.Format(p.Value)}")) +
                " (活动的评议群体权重为准 the campaign's group weights above are the ones applied)");
        }

        return rules
            .Add("综合得分 Composite", "Σ(群体权重×群体得分)÷Σ(计入群体的权重) " + (settings.RenormalizeMissingGroups
                ? "; 缺少得分的群体不计入，其余权重按比例归一 (a group without a score is left out and the others renormalised)"
                : "; 任一加权群体缺少得分则不计算综合得分 (no composite when a weighted group has no score)"))
            .Add("小样本保护 Small cells", $"k = {k}: 少于 {k} 份评议或作答的单元格不显示，也不计入任何上层得分 " +
                $"(cells resting on fewer than {k} sheets or answers are hidden and left out of every sum above them)")
            .Add("舍入 Rounding", $"四舍五入保留 {settings.Decimals} 位小数 (half away from zero, {settings.Decimals} decimals)")
            .Add("排名 Ranking", (settings.RankWithinUnitClass ? "按单位类别分别排名 within each unit class" : "全部对象统一排名 across all subjects") +
                "; 得分相同名次并列 (ties share a rank: 1, 1, 3); ranked=false 的对象计分不排名 (scored, not ranked)")
            .Add("等次 Tiers", settings.Tiers.Count == 0 ? "未设置 none"
                : string.Join("; ", settings.Tiers.Select(t => $"≥{RulesTable.Format(t.Minimum)} {t.Label}")))
            .AddIgnored(ignored);
    }

    private sealed record GroupResult(RaterGroup Group, int Sheets, decimal?[] Means, decimal? Score);

    private sealed record CompositeScore(decimal? Score, GroupResult[] Combined);

    private sealed record SubjectResult(Subject Subject, GroupResult[] Groups, CompositeScore Composite);
}
