using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The 人民满意机关 tally (DOMAIN §3.4): per agency and rater group, the group score is the mapped mean of the
/// group's valid answers (不了解 left out), optionally a trimmed mean for small panels; the agency score is the
/// weighted composite of the group scores, with weights by unit class and nesting (<see cref="WeightTree"/>);
/// agencies are ranked within their class, ties sharing a place, and placed in tiers; 一票否决 overrides the
/// tier. A group's cell for an agency resting on fewer sheets than the minimum cell size is hidden everywhere and
/// never combined, so no published figure rests on fewer raters than that. Every rule applied is written into the
/// report's <c>rules</c> table.
/// </summary>
internal sealed class AgencyScoreAggregator(IReadOnlyDictionary<string, string> pluginSettings) : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        var settings = new AgencySettings(pluginSettings, input.Settings);
        var items = ScoredItem.Of(input.Questionnaire);
        var groups = GroupsOf(input);
        var cells = SheetTally.Count(input, items, cancellationToken);
        var trees = new Dictionary<string, WeightTree>(StringComparer.Ordinal);
        var results = new List<AgencyResult>(input.Subjects.Count);
        foreach (var agency in input.Subjects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var classKey = agency.UnitClass ?? "";
            if (!trees.TryGetValue(classKey, out var tree))
            {
                tree = new WeightTree(groups, agency.UnitClass, settings);
                trees[classKey] = tree;
            }

            results.Add(Score(agency, groups, items, cells, tree, settings, input.MinimumCellSize));
        }

        var ranked = AgencyRanking.Apply(results, settings);
        var rules = AgencyRuleText.Describe(input, items, groups, trees, ranked.Agencies, settings);
        var details = new AgencyReport(ranked.Agencies, ranked.Classes, rules);
        return new AppraisalReport(input.Ballots.Count, AgencyTables.Of(details, items), details);
    }

    /// <summary>
    /// The campaign's groups, then, in ordinal order, any group a sheet names that the campaign does not (advisory: no
    /// weight).
    /// </summary>
    private static IReadOnlyList<RaterGroup> GroupsOf(AggregationInput input)
    {
        var groups = input.RaterGroups.ToList();
        var known = groups.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in input.Scores.SheetsPerGroup.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            groups.Add(new RaterGroup(key, LocalizedText.Same(key), null, new Dictionary<string, decimal>()));
        }

        return groups;
    }

    private static AgencyResult Score(
        Subject agency, IReadOnlyList<RaterGroup> groups, IReadOnlyList<ScoredItem> items,
        Dictionary<(string Agency, string Group), GroupCell> cells, WeightTree tree, AgencySettings settings, int minimumCellSize)
    {
        var combinedAt = Math.Max(settings.MinBallots, minimumCellSize);
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var indicatorMeans = new Dictionary<string, decimal?[]>(StringComparer.Ordinal);
        var drops = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (!cells.TryGetValue((agency.Id, group.Key), out var cell) || cell.SheetCount < minimumCellSize || cell.SheetCount == 0)
            {
                continue;
            }

            var drop = settings.TrimFor(group.Key, cell.SheetCount, minimumCellSize);
            drops[group.Key] = drop * 2;
            scores[group.Key] = cell.Score(drop);
            indicatorMeans[group.Key] = [.. items.Select(i =>
                cell.IndicatorAnswers[i.Index] is var n && n > 0 && n >= minimumCellSize ? cell.IndicatorPoints[i.Index] / n : (decimal?)null)];
        }

        bool Combined(string key) => scores.ContainsKey(key) && cells[(agency.Id, key)].SheetCount >= combinedAt;
        var (composite, shares) = tree.Combine(key => Combined(key) ? scores[key] : null);
        var indicators = items.Select(i =>
        {
            var (mean, _) = tree.Combine(key => Combined(key) ? indicatorMeans[key][i.Index] : null);
            return Indicator(i, mean, settings);
        }).ToArray();

        var groupScores = groups.Select(group =>
        {
            var weight = group.WeightFor(agency.UnitClass);
            var shown = scores.TryGetValue(group.Key, out var score);
            var share = shares.TryGetValue(group.Key, out var s) ? Math.Round(s, 4, MidpointRounding.AwayFromZero) : (decimal?)null;
            return new AgencyGroupScore(
                group.Key, group.Name.ZhCn, group.Name.En, weight is null, weight, share,
                shown ? cells[(agency.Id, group.Key)].SheetCount : null, !shown,
                shown ? settings.Round(score) : null, drops.GetValueOrDefault(group.Key), share is not null,
                [.. items.Select(i => Indicator(i, shown ? indicatorMeans[group.Key][i.Index] : null, settings))]);
        }).ToArray();

        var (vetoed, reason) = AgencyAttributes.VetoOf(agency, settings);
        var unranked = AgencyAttributes.IsUnranked(agency);
        // Ranked and Rank are settled by AgencyRanking; here only whether the agency could take part at all.
        return new AgencyResult(agency.Id, agency.Name, agency.UnitClass, composite is { } c ? settings.Round(c) : null,
            null, !unranked, null, null, vetoed, vetoed && reason.Length > 0 ? reason : null, groupScores, indicators);
    }

    private static AgencyIndicatorScore Indicator(ScoredItem item, decimal? mean, AgencySettings settings) =>
        new(item.Item.Key, item.Item.Text.ZhCn, item.Item.Text.En, mean is { } m ? settings.Round(m) : null, mean is null);
}
