using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.DemocraticReview.Details;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// Builds the typed report from the sheets. Everything is counted per (item, subject, group) from the answers,
/// never per sheet: a ballot bound to subjects arrives as one sheet per subject plus one for the committee, and
/// must tally exactly as the whole ballot would.
/// </summary>
internal sealed class TallyBuilder
{
    private static readonly LocalizedText TotalName = new("合计", "Total");

    private readonly AggregationInput _input;
    private readonly ReviewSettings _settings;
    private readonly OptionTally _tally;
    private readonly IReadOnlyList<GroupInfo> _groups;
    private readonly int _minimum;
    private readonly Questionnaire _questionnaire;

    public TallyBuilder(AggregationInput input, ReviewSettings settings)
    {
        _input = input;
        _settings = settings;
        _questionnaire = input.Questionnaire;
        _tally = new OptionTally(input.Ballots);
        _groups = GroupInfo.Of(input.RaterGroups, input.Ballots);
        _minimum = input.MinimumCellSize;
        GradeItem = ChoiceItem(DemocraticReviewTemplate.GradeItem, ItemScope.PerSubject);
        GradeScale = GradeItem is null ? null : _questionnaire.FindScale(GradeItem.ScaleKey);
        SignsItem = _questionnaire.FindItem(DemocraticReviewTemplate.NegativeSignsItem) is { Kind: ItemKind.Checklist, Scope: ItemScope.PerSubject } signs
            && _questionnaire.FindScale(signs.ScaleKey) is not null ? signs : null;
        DimensionItems = [.. _questionnaire.Items.Where(i => i.Kind == ItemKind.Choice && i.Scope == ItemScope.PerSubject
            && i.Key != DemocraticReviewTemplate.GradeItem && _questionnaire.FindScale(i.ScaleKey) is not null)];
        CommitteeItems = [.. _questionnaire.Items.Where(i => i.Kind == ItemKind.Choice && i.Scope == ItemScope.PerBallot
            && _questionnaire.FindScale(i.ScaleKey) is not null)];
        TextItems = [.. _questionnaire.Items.Where(i => i.Kind == ItemKind.Text && i.Scope == ItemScope.PerSubject)];
    }

    public QuestionItem? GradeItem { get; }

    public Scale? GradeScale { get; }

    public QuestionItem? SignsItem { get; }

    public IReadOnlyList<QuestionItem> DimensionItems { get; }

    public IReadOnlyList<QuestionItem> CommitteeItems { get; }

    public IReadOnlyList<QuestionItem> TextItems { get; }

    public IReadOnlyList<GroupInfo> Groups => _groups;

    /// <summary>True when no group had a weight and all were pooled (see <see cref="GroupInfo.CombinedWeights"/>).</summary>
    public bool PooledFallback { get; private set; }

    public DemocraticReviewReport Build(CancellationToken cancellationToken)
    {
        var texts = CollectTexts(cancellationToken);
        var members = new List<MemberResult>(_input.Subjects.Count);
        foreach (var subject in _input.Subjects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            members.Add(Membership.IsProbationary(subject)
                ? new MemberResult(subject.Id, subject.Name, false, null, [], [], [], null, [], false, [])
                : Member(subject, texts.GetValueOrDefault(subject.Id)));
        }

        var committee = CommitteeItems.Select(Committee).ToArray();
        var cap = ExcellentCap(members);
        var report = new DemocraticReviewReport(BallotCount(), _minimum, members, committee, cap, []);
        return report with { Rules = RuleBook.Rules(this, _settings, report) };
    }

    private MemberResult Member(Subject subject, List<(int Item, string Text)>? texts)
    {
        var weights = GroupInfo.CombinedWeights(_groups, subject.UnitClass, out var pooled);
        PooledFallback |= pooled;
        var grades = Distributions(GradeItem, GradeScale, subject.Id, weights, out var total, out var totalCell);
        var shown = total is { Suppressed: false } && GradeScale is not null;
        var (anySign, signs) = NegativeSigns(subject.Id, weights, totalCell?.Valid ?? 0, shown);
        var flags = new List<string>();
        if (shown && ShareOf(totalCell!, GradeScale!, DemocraticReviewTemplate.Unqualified) >= _settings.UnqualifiedFlagPercent)
        {
            flags.Add(MemberFlags.UnqualifiedShare);
        }

        // "超过半数": strictly more than the threshold, as S15 words its 不合格情形 rule.
        if (shown && anySign is { } ticked && totalCell!.Valid > 0 && ticked * 100m / totalCell.Valid > _settings.NegativeSignsFlagPercent)
        {
            flags.Add(MemberFlags.NegativeSigns);
        }

        if (shown && ShareOf(totalCell!, GradeScale!, DemocraticReviewTemplate.Excellent) >= _settings.ExcellentCandidatePercent)
        {
            flags.Add(MemberFlags.ExcellentCandidate);
        }

        var dimensions = DimensionItems.Select(item =>
        {
            Distributions(item, _questionnaire.FindScale(item.ScaleKey), subject.Id, weights, out var dimension, out _);
            return new DimensionResult(item.Key, item.Text.ZhCn, item.Text.En, dimension!);
        }).ToArray();

        // Texts rest on every ballot that graded the member, abstentions and advisory groups included.
        var behindTexts = GradeItem is null ? 0 : _groups.Sum(g => _tally.Answered(g.Key, GradeItem.Key, subject.Id));
        var textsHidden = behindTexts < _minimum;
        var problems = textsHidden || texts is null
            ? []
            : texts.OrderBy(t => t.Item).ThenBy(t => t.Text, StringComparer.Ordinal)
                .Select(t => TextItems[t.Item].Key == DemocraticReviewTemplate.ProblemsItem ? t.Text : $"【{TextItems[t.Item].Text.ZhCn}】{t.Text}")
                .ToArray();

        return new MemberResult(subject.Id, subject.Name, true, total, grades, flags, dimensions, anySign, signs, textsHidden, problems);
    }

    /// <summary>
    /// One item for one subject (or the ballot): each group's distribution, and the combined total. Groups that
    /// gave no answer are left out of the list.
    /// </summary>
    private List<OptionDistribution> Distributions(
        QuestionItem? item, Scale? scale, string? subject, decimal?[] weights, out OptionDistribution? total, out CellTally? totalCell)
    {
        if (item is null || scale is null)
        {
            total = null;
            totalCell = null;
            return [];
        }

        var cells = _groups.Select(g => CellTally.Of(_tally, g.Key, item.Key, subject, scale)).ToArray();
        var parts = cells.Select((c, i) => (Cell: c, Weight: weights[i])).Where(p => p.Weight is not null)
            .Select(p => (p.Cell, p.Weight!.Value)).ToArray();
        totalCell = CellTally.Combine(parts, scale.Options.Count);
        var totalShown = totalCell.Valid >= _minimum;
        total = Distribution(totalCell, scale, null, TotalName, !totalShown);

        var hidden = CellTally.Suppress(cells, [.. weights.Select(w => w is not null)], totalShown, _minimum);
        var groups = new List<OptionDistribution>();
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Answered > 0)
            {
                groups.Add(Distribution(cells[i], scale, _groups[i].Key, _groups[i].Name, hidden[i]));
            }
        }

        return groups;
    }

    private static OptionDistribution Distribution(CellTally cell, Scale scale, string? groupKey, LocalizedText name, bool suppressed) =>
        new(groupKey, name.ZhCn, name.En, cell.Valid, suppressed,
            [.. scale.Options.Select((o, i) => new OptionShare(o.Key, o.Label.ZhCn, o.Label.En, o.IsAbstain,
                suppressed ? null : cell.Counts[i],
                suppressed || cell.Shares[i] is not { } share ? null : decimal.Round(share, 2, MidpointRounding.AwayFromZero)))]);

    private static decimal? ShareOf(CellTally cell, Scale scale, string optionKey)
    {
        var index = scale.Options.ToList().FindIndex(o => o.Key == optionKey);
        return index < 0 ? null : cell.Shares[index];
    }

    /// <summary>
    /// 反向情形 ticks of the combined groups, pooled (a tick is a fact, not a vote to weigh), as a share of the
    /// member's valid ballots; hidden with the member's total.
    /// </summary>
    private (int? Any, OptionShare[] Signs) NegativeSigns(string subject, decimal?[] weights, int valid, bool shown)
    {
        if (SignsItem is null || _questionnaire.FindScale(SignsItem.ScaleKey) is not { } scale)
        {
            return (null, []);
        }

        var combined = _groups.Where((_, i) => weights[i] is not null).ToArray();
        var any = combined.Sum(g => _tally.Answered(g.Key, SignsItem.Key, subject));
        var signs = scale.Options.Select(o =>
        {
            var count = combined.Sum(g => _tally.Count(g.Key, SignsItem.Key, subject, o.Key));
            return new OptionShare(o.Key, o.Label.ZhCn, o.Label.En, false,
                shown ? count : null,
                shown && valid > 0 ? decimal.Round(count * 100m / valid, 2, MidpointRounding.AwayFromZero) : null);
        }).ToArray();
        return (shown ? any : null, signs);
    }

    private CommitteeAspectResult Committee(QuestionItem item)
    {
        var weights = GroupInfo.CombinedWeights(_groups, null, out var pooled);
        PooledFallback |= pooled;
        var groups = Distributions(item, _questionnaire.FindScale(item.ScaleKey), null, weights, out var total, out _);
        return new CommitteeAspectResult(item.Key, item.Text.ZhCn, item.Text.En, total!, groups);
    }

    /// <summary>
    /// The 1/3 cap (DOMAIN §1.4 [N] S1, S4–S6) on the tally's candidates. The base is the 正式党员 (S3, [L]) or
    /// every member, as configured; a member hidden by suppression is never a candidate, or the count would
    /// reveal what the hidden cell holds.
    /// </summary>
    private ExcellentCapResult ExcellentCap(IReadOnlyList<MemberResult> members)
    {
        var baseCount = _settings.CapBase == ReviewSettings.BaseAll ? members.Count : members.Count(m => m.Graded);
        var off = _settings.CapMode == ReviewSettings.CapOff;
        int? cap = off ? null : _settings.CapFraction.CapOf(baseCount);
        var candidates = members.Where(m => m.Flags.Contains(MemberFlags.ExcellentCandidate)).Select(m => m.SubjectId).ToArray();
        return new ExcellentCapResult(
            _settings.CapMode, _settings.CapFraction.ToString(), _settings.CapBase, baseCount, cap,
            _settings.ExcellentCandidatePercent, candidates.Length, candidates,
            Exceeded: cap is { } most && candidates.Length > most,
            EnforcedAtDecision: _settings.CapMode == ReviewSettings.CapEnforce);
    }

    /// <summary>
    /// Ballots the sheets prove: the most answers any single cell received (the committee's overall rating, or
    /// one member's grade). A ballot split into sheets still answers each cell once, so this is the same for
    /// whole and split ballots; the host's <c>ballotsCast</c> is the exact count.
    /// </summary>
    private int BallotCount()
    {
        var committee = CommitteeItems.Select(i => _groups.Sum(g => _tally.Answered(g.Key, i.Key, null)));
        var graded = GradeItem is null
            ? []
            : _input.Subjects.Where(s => !Membership.IsProbationary(s)).Select(s => _groups.Sum(g => _tally.Answered(g.Key, GradeItem.Key, s.Id)));
        return committee.Concat(graded).DefaultIfEmpty(0).Max();
    }

    /// <summary>Per-subject texts by subject: (position in <see cref="TextItems"/>, trimmed text).</summary>
    private Dictionary<string, List<(int Item, string Text)>> CollectTexts(CancellationToken cancellationToken)
    {
        var positions = TextItems.Select((item, i) => (item.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var texts = new Dictionary<string, List<(int, string)>>(StringComparer.Ordinal);
        foreach (var ballot in _input.Ballots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var answer in ballot.Answers)
            {
                if (answer.SubjectId is { } subject && answer.Text is { } raw && raw.Trim() is { Length: > 0 } text
                    && positions.TryGetValue(answer.ItemKey, out var position))
                {
                    if (!texts.TryGetValue(subject, out var list))
                    {
                        texts[subject] = list = [];
                    }

                    list.Add((position, text));
                }
            }
        }

        return texts;
    }

    private QuestionItem? ChoiceItem(string key, ItemScope scope) =>
        _questionnaire.FindItem(key) is { Kind: ItemKind.Choice } item && item.Scope == scope ? item : null;
}
