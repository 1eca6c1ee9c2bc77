using Appraisal.Plugins.Satisfaction.Reports;
using Appraisal.Plugins.Satisfaction.Settings;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// Turns the counts into <see cref="SatisfactionReport"/>. Everything is ordered by the questionnaire, the
/// campaign's subject list and the scale, never by the ballots, so the report is the same whatever order the
/// host reads them in. Numbers are rounded only here, after every combination is computed.
/// </summary>
internal sealed class DetailsBuilder
{
    private readonly AggregationInput _input;
    private readonly SatisfactionSettings _settings;
    private readonly TallyPlan _plan;
    private readonly BallotTally _tally;
    private readonly int _minimum;
    private readonly CellStats[] _pooled;
    private readonly Dictionary<(int Choice, string Subject), CellStats> _bySubject = [];
    private readonly List<string> _subjectOrder;
    private readonly Dictionary<string, int> _subjectPosition = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _subjectNames = new(StringComparer.Ordinal);

    public DetailsBuilder(AggregationInput input, SatisfactionSettings settings, TallyPlan plan, BallotTally tally)
    {
        _input = input;
        _settings = settings;
        _plan = plan;
        _tally = tally;
        _minimum = input.MinimumCellSize;
        _pooled = [.. plan.Choices.Select(c => CellStats.Of(c.Scale, tally.Pooled[c.Position], settings.AbstainExcluded, _minimum))];
        foreach (var subject in input.Subjects ?? [])
        {
            if (subject?.Id is { } id && !_subjectNames.ContainsKey(id))
            {
                _subjectNames[id] = subject.Name ?? id;
            }
        }

        // Subjects the ballots name but the campaign does not list (only a changed campaign) follow, by id.
        var seen = tally.BySubject.Keys.Select(k => k.Subject).Concat(tally.SubjectRespondents.Keys)
            .Where(id => !_subjectNames.ContainsKey(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        _subjectOrder = [.. _subjectNames.Keys, .. seen];
        for (var i = 0; i < _subjectOrder.Count; i++)
        {
            _subjectPosition[_subjectOrder[i]] = i;
        }

        foreach (var choice in plan.Choices.Where(c => c.Item.Scope == ItemScope.PerSubject))
        {
            foreach (var subject in _subjectOrder)
            {
                var counts = tally.BySubject.GetValueOrDefault((choice.Position, subject)) ?? new int[choice.Scale.Options.Count];
                _bySubject[(choice.Position, subject)] = CellStats.Of(choice.Scale, counts, settings.AbstainExcluded, _minimum);
            }

            // The item over all subjects minus the shown subjects is the sum of the hidden ones: when that sum is
            // itself a small cell, the total would give it away, so the total is hidden too.
            var hidden = _subjectOrder.Select(s => _bySubject[(choice.Position, s)]).Where(c => c.Suppressed).Sum(c => c.Valid);
            if (hidden > 0 && hidden < _minimum)
            {
                _pooled[choice.Position] = _pooled[choice.Position] with { Suppressed = true };
            }
        }
    }

    public SatisfactionReport Build()
    {
        var items = _plan.Choices.Select(c => Item(c, null, _pooled[c.Position])).ToArray();
        var overall = Overall(_plan.Choices.Select(c => (c, _pooled[c.Position])));
        var perSubject = _plan.Choices.Where(c => c.Item.Scope == ItemScope.PerSubject).ToArray();
        var subjects = perSubject.Length == 0
            ? []
            : _subjectOrder.Select(s => new SatisfactionSubjectResult(
                s,
                NameOf(s)!,
                [.. perSubject.Select(c => Item(c, s, _bySubject[(c.Position, s)]))],
                Overall(perSubject.Select(c => (c, _bySubject[(c.Position, s)]))))).ToArray();
        return new SatisfactionReport(
            _input.Ballots?.Count ?? 0,
            _minimum,
            items,
            subjects,
            overall,
            Mapping(),
            Comments(),
            Complaints(),
            RulesDescriber.Describe(_settings, _plan, _input, _minimum));
    }

    private SatisfactionItemResult Item(ChoiceItem choice, string? subjectId, CellStats stats)
    {
        var item = choice.Item;
        if (stats.Suppressed)
        {
            return new SatisfactionItemResult(item.Key, item.Text.ZhCn, item.Text.En, subjectId, item.Weight, Suppressed: true,
                InOverall: false, null, null, null, null, null, null, []);
        }

        var distribution = choice.Scale.Options.Select((o, i) => new SatisfactionOptionCount(
            o.Key,
            o.Label.ZhCn,
            stats.Counts[i],
            (o.Abstain && _settings.AbstainExcluded) || stats.Valid == 0 ? null : Round(100m * stats.Counts[i] / stats.Valid))).ToArray();
        return new SatisfactionItemResult(item.Key, item.Text.ZhCn, item.Text.En, subjectId, item.Weight, Suppressed: false,
            InOverall: item.Weight > 0 && stats.Combinable, stats.Answered, stats.Abstained, stats.Valid, stats.Satisfied,
            Round(stats.Rate), Round(stats.Score), distribution);
    }

    /// <summary>
    /// Σ wⱼ·Sⱼ ÷ Σ wⱼ over the items with a positive weight whose cell is shown (§2.4, S38). A suppressed item is
    /// left out rather than mixed in: with the other items' scores and the weights published, its own score could
    /// be solved back out of the combination.
    /// </summary>
    private SatisfactionOverall Overall(IEnumerable<(ChoiceItem Choice, CellStats Stats)> cells)
    {
        var combined = cells.Where(c => c.Choice.Item.Weight > 0 && c.Stats.Combinable).ToArray();
        if (combined.Length == 0)
        {
            return new SatisfactionOverall(Suppressed: true, 0, 0m, 0, null, null);
        }

        var weights = combined.Sum(c => c.Choice.Item.Weight);
        var valid = combined.Sum(c => c.Stats.Valid);
        var score = combined.Sum(c => c.Choice.Item.Weight * c.Stats.Score!.Value) / weights;
        var rate = _settings.OverallRate == OverallRateMethod.Pooled
            ? 100m * combined.Sum(c => c.Stats.Satisfied) / valid
            : combined.Sum(c => c.Choice.Item.Weight * c.Stats.Rate!.Value) / weights;
        return new SatisfactionOverall(Suppressed: false, combined.Length, weights, valid, Round(rate), Round(score));
    }

    private SatisfactionMappingEntry[] Mapping() =>
        [.. _plan.UsedScales.SelectMany(scale => scale.Options.Select(o => new SatisfactionMappingEntry(
            scale.Key, o.Key, o.Label.ZhCn, o.Label.En, o.Value, SourceName(o.ValueSource), o.Satisfied, o.Abstain, o.Complaint)))];

    private SatisfactionCommentGroup[] Comments()
    {
        var reasonOf = _plan.Reasons.ToDictionary(r => r.Item.Key, StringComparer.Ordinal);
        var itemOrder = _plan.TextItems.Select((t, i) => (t.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var groups = new List<SatisfactionCommentGroup>();
        foreach (var ((itemKey, subjectId), texts) in _tally.Comments
            .Where(kv => itemOrder.ContainsKey(kv.Key.Item))
            .OrderBy(kv => itemOrder[kv.Key.Item])
            .ThenBy(kv => kv.Key.Subject is null ? -1 : _subjectPosition.GetValueOrDefault(kv.Key.Subject, int.MaxValue)))
        {
            var item = _plan.TextItems[itemOrder[itemKey]];
            var suppressed = CommentCellSize(subjectId, reasonOf.GetValueOrDefault(itemKey)) < _minimum;
            groups.Add(new SatisfactionCommentGroup(
                itemKey,
                item.Text.ZhCn,
                item.Text.En,
                subjectId,
                NameOf(subjectId),
                suppressed,
                suppressed ? null : texts.Count,
                suppressed
                    ? []
                    : [.. texts.GroupBy(t => t, StringComparer.Ordinal)
                        .Select(g => new SatisfactionCommentText(g.Key, g.Count()))
                        .OrderByDescending(t => t.Count).ThenBy(t => t.Text, StringComparer.Ordinal)]));
        }

        return [.. groups];
    }

    /// <summary>
    /// How many raters could have written a group's texts. A reason belongs to its choice item, so it is as
    /// small as that item's cell; a comment field to everyone who rated the subject (or answered the ballot).
    /// </summary>
    private int CommentCellSize(string? subjectId, ReasonItem? reason)
    {
        if (reason is not null)
        {
            return ChoiceCell(reason.Choice, subjectId).Valid;
        }

        return subjectId is null ? _tally.BallotRespondents : _tally.SubjectRespondents.GetValueOrDefault(subjectId);
    }

    /// <summary>The cell a 差评 or reason of <paramref name="choice"/> belongs to.</summary>
    private CellStats ChoiceCell(ChoiceItem choice, string? subjectId) =>
        choice.Item.Scope == ItemScope.PerSubject && subjectId is not null && _bySubject.TryGetValue((choice.Position, subjectId), out var stats)
            ? stats
            : _pooled[choice.Position];

    /// <summary>
    /// Every 差评 of a shown cell, ordered by item, subject, option and reason; 差评 of suppressed cells are
    /// withheld with the rest of the cell. The occurrence index numbers identical 差评 in that order.
    /// </summary>
    private SatisfactionComplaint[] Complaints()
    {
        var ordered = _tally.Complaints
            .Where(c => !ChoiceCell(c.Choice, c.SubjectId).Suppressed)
            .OrderBy(c => c.Choice.Position)
            .ThenBy(c => c.SubjectId is null ? -1 : _subjectPosition.GetValueOrDefault(c.SubjectId, int.MaxValue))
            .ThenBy(c => c.Option)
            .ThenBy(c => c.Reason, StringComparer.Ordinal)
            .ToArray();
        var result = new SatisfactionComplaint[ordered.Length];
        var occurrence = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var c = ordered[i];
            occurrence = i > 0 && ordered[i - 1] == c ? occurrence + 1 : 0;
            var option = c.Choice.Scale.Options[c.Option];
            result[i] = new SatisfactionComplaint(
                ComplaintKey.Of(c.Choice.Item.Key, c.SubjectId, option.Key, c.Reason, occurrence),
                c.Choice.Item.Key,
                c.Choice.Item.Text.ZhCn,
                c.SubjectId,
                NameOf(c.SubjectId),
                option.Key,
                option.Label.ZhCn,
                c.Reason);
        }

        return result;
    }

    private string? NameOf(string? subjectId) => subjectId is null ? null : _subjectNames.GetValueOrDefault(subjectId, subjectId);

    private decimal? Round(decimal? value) =>
        value is { } v ? Math.Round(v, _settings.Decimals, MidpointRounding.AwayFromZero) : null;

    public static string SourceName(SettingSource source) => source switch
    {
        SettingSource.Campaign => "campaign",
        SettingSource.Plugin => "plugin",
        _ => "default",
    };
}
