using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Declarative;

/// <summary>
/// <c>option-counts</c> (DOMAIN §1.4, §2.3): for every choice or checklist item, subject and rater group, how often each
/// option was chosen and its share of the valid answers; abstentions (不了解 / 弃权) are counted beside and never in a
/// denominator. One table per scale, a row over all groups after each subject's group rows, flags from thresholds.
/// Works on sheets: an answer is an answer whichever sheet of a split ballot carries it.
/// A row resting on fewer valid answers than the minimum cell size is hidden; so is the all-groups row when the
/// rows hidden beside it hold fewer than that many answers together, since subtracting the shown rows from it would
/// reveal them.
/// </summary>
internal sealed class OptionCountsAggregator(OptionCountsSettings defaults) : IAggregator
{
    private const string AllGroups = "全部 All groups";

    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        var ignored = new List<string>();
        var settings = OptionCountsSettings.Read(input.Settings, defaults, (key, problem) => ignored.Add($"{key}: {problem}"), rejectUnknown: false);
        var k = Math.Max(1, input.MinimumCellSize);
        var questionnaire = input.Questionnaire;
        var items = CountedItems(questionnaire);
        var itemsByKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var subjectIds = input.Subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var counts = new Dictionary<(string Group, string Item, string? Subject), Cell>();
        foreach (var ballot in input.Ballots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var answer in ballot.Answers)
            {
                if (answer.OptionKeys.Count == 0 || !itemsByKey.TryGetValue(answer.ItemKey, out var item)
                    || (item.Scope == ItemScope.PerSubject) != (answer.SubjectId is not null)
                    || (answer.SubjectId is { } id && !subjectIds.Contains(id)))
                {
                    continue;
                }

                var scale = questionnaire.FindScale(item.ScaleKey)!;
                var key = (ballot.RaterGroup, answer.ItemKey, answer.SubjectId);
                if (!counts.TryGetValue(key, out var cell))
                {
                    counts[key] = cell = new Cell();
                }

                cell.Add(answer.OptionKeys, scale);
            }
        }

        var groups = input.RaterGroups.Select(g => (g.Key, Name: g.Name.ZhCn))
            .Concat(input.Ballots.Select(b => b.RaterGroup).Where(g => input.RaterGroups.All(r => r.Key != g)).Distinct()
                .Order(StringComparer.Ordinal).Select(g => (Key: g, Name: g)))
            .ToArray();
        var tables = items.GroupBy(i => i.ScaleKey!, StringComparer.Ordinal)
            .Select(byScale => ScaleTable(questionnaire.FindScale(byScale.Key)!, byScale, input.Subjects, groups, counts, settings, k))
            .ToList();
        tables.Add(Rules(questionnaire, items, settings, k, ignored).Build());
        return new AppraisalReport(input.Ballots.Count, tables);
    }

    internal static QuestionItem[] CountedItems(Questionnaire questionnaire) => questionnaire.Items
        .Where(i => i.Kind is ItemKind.Choice or ItemKind.Checklist && questionnaire.FindScale(i.ScaleKey) is not null)
        .ToArray();

    private static ReportTable ScaleTable(
        Scale scale,
        IEnumerable<QuestionItem> items,
        IReadOnlyList<Subject> subjects,
        (string Key, string Name)[] groups,
        Dictionary<(string Group, string Item, string? Subject), Cell> counts,
        OptionCountsSettings settings,
        int k)
    {
        var counted = scale.Options.Where(o => !o.IsAbstain).ToArray();
        var abstain = scale.Options.Where(o => o.IsAbstain).ToArray();
        var columns = new List<LocalizedText>
        {
            new("题目", "Item"), new("对象", "Subject"), new("评议群体", "Rater group"), new("有效作答", "Valid answers"),
        };
        foreach (var option in counted)
        {
            columns.Add(new LocalizedText($"{option.Label.ZhCn} 票数", $"{option.Label.En} count"));
            columns.Add(new LocalizedText($"{option.Label.ZhCn} 占比%", $"{option.Label.En} share %"));
        }

        columns.AddRange(abstain.Select(o => new LocalizedText($"{o.Label.ZhCn}（不计入）", $"{o.Label.En} (excluded)")));
        columns.Add(new LocalizedText("标记", "Flags"));

        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var item in items)
        {
            var rated = item.Scope == ItemScope.PerSubject ? subjects.Select(s => (Id: (string?)s.Id, s.Name)) : [(Id: null, Name: "—")];
            foreach (var (subjectId, subjectName) in rated)
            {
                var cells = groups.Select(g => (g.Name, Cell: counts.GetValueOrDefault((g.Key, item.Key, subjectId)) ?? new Cell())).ToArray();
                foreach (var (name, cell) in cells)
                {
                    rows.Add(Row(item, subjectName, name, cell, cell.Valid >= k, counted, abstain, settings));
                }

                if (settings.Totals)
                {
                    var hidden = cells.Where(c => c.Cell.Valid < k).Sum(c => c.Cell.Valid);
                    var total = Cell.Sum(cells.Select(c => c.Cell));
                    rows.Add(Row(item, subjectName, AllGroups, total, total.Valid >= k && (hidden == 0 || hidden >= k), counted, abstain, settings));
                }
            }
        }

        return new ReportTable($"counts-{scale.Key}", new LocalizedText($"{scale.Name.ZhCn}：选项分布", $"{scale.Name.En}: option counts"), columns, rows);
    }

    private static IReadOnlyList<ReportCell> Row(
        QuestionItem item, string subject, string group, Cell cell, bool shown, ScaleOption[] counted, ScaleOption[] abstain, OptionCountsSettings settings)
    {
        var cells = new List<ReportCell> { ReportCell.Of(item.Text.ZhCn), ReportCell.Of(subject), ReportCell.Of(group) };
        if (!shown)
        {
            cells.AddRange(Enumerable.Repeat(ReportCell.Hidden, 1 + (counted.Length * 2) + abstain.Length + 1));
            return cells;
        }

        cells.Add(ReportCell.Of(cell.Valid));
        foreach (var option in counted)
        {
            var count = cell.Count(option.Key);
            cells.Add(ReportCell.Of(count));
            cells.Add(ReportCell.Of(Share(count, cell.Valid, settings.Decimals)));
        }

        cells.AddRange(abstain.Select(o => ReportCell.Of(cell.Count(o.Key))));
        var flags = settings.Flags
            .Where(f => counted.Any(o => o.Key == f.Key) && Share(cell.Count(f.Key), cell.Valid, settings.Decimals) >= f.Value)
            .Select(f => $"{counted.First(o => o.Key == f.Key).Label.ZhCn} ≥ {RulesTable.Format(f.Value)}%");
        cells.Add(ReportCell.Of(string.Join("; ", flags)));
        return cells;
    }

    private static decimal Share(int count, int valid, int decimals) => valid == 0 ? 0 : Rounding.Round(100m * count / valid, decimals);

    private static RulesTable Rules(Questionnaire questionnaire, QuestionItem[] items, OptionCountsSettings settings, int k, List<string> ignored) =>
        new RulesTable()
            .Add("策略 Strategy", AggregationStrategies.OptionCounts)
            .AddMappings(questionnaire, items)
            .Add("占比 Share", $"票数÷有效作答×100，四舍五入保留 {settings.Decimals} 位小数；弃权/不了解不计入有效作答 " +
                "(count ÷ valid answers × 100; abstentions are not valid answers; a checklist answer may tick several options)")
            .Add("小样本保护 Small cells", $"k = {k}: 有效作答少于 {k} 的行不显示；若被隐藏的行合计少于 {k}，全部群体合计行也不显示 " +
                $"(rows with fewer than {k} valid answers are hidden, and so is the all-groups row when the hidden rows beside it hold fewer than {k})")
            .Add("标记 Flags", settings.Flags.Count == 0 ? "未设置 none"
                : string.Join("; ", settings.Flags.Select(f => $"{f.Key} ≥ {RulesTable.Format(f.Value)}%")))
            .AddIgnored(ignored);

    /// <summary>The counts behind one row.</summary>
    private sealed class Cell
    {
        private readonly Dictionary<string, int> _options = new(StringComparer.Ordinal);

        /// <summary>Answers with at least one option that is not an abstention.</summary>
        public int Valid { get; private set; }

        public int Count(string option) => _options.GetValueOrDefault(option);

        public void Add(IReadOnlyList<string> options, Scale scale)
        {
            var valid = false;
            foreach (var option in options)
            {
                _options[option] = _options.GetValueOrDefault(option) + 1;
                valid |= scale.FindOption(option) is { IsAbstain: false };
            }

            if (valid)
            {
                Valid++;
            }
        }

        public static Cell Sum(IEnumerable<Cell> cells)
        {
            var total = new Cell();
            foreach (var cell in cells)
            {
                total.Valid += cell.Valid;
                foreach (var (option, count) in cell._options)
                {
                    total._options[option] = total._options.GetValueOrDefault(option) + count;
                }
            }

            return total;
        }
    }
}
