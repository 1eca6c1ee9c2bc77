using Appraisal.Plugins.PeopleSatisfiedAgency.Details;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// Tiers and the ranking within each unit class (DOMAIN §3.4: ranked within classes [W]; ties allowed, 名次可以并列
/// [L][S62]; tiers ≥85 / 75 / 60 [L][S45]). Both use the published, rounded score, so a reader who sees two equal
/// scores sees one shared place, and a score shown as 85.00 is never 比较满意. Equal scores share a place and the
/// next place is skipped (1, 2, 2, 4), or not skipped with <c>ranking.ties=dense</c> (1, 2, 2, 3).
/// 一票否决 fails an agency regardless of its score: it takes the lowest tier and, by default, the last place of its
/// class (shared with any other vetoed agency), or no place with <c>veto.ranking=unranked</c>. Agencies marked
/// <c>ranked=false</c> (征求意见单位, §3.2 (d)) and agencies without a score get a tier when they can but no place.
/// </summary>
internal static class AgencyRanking
{
    public static (IReadOnlyList<AgencyResult> Agencies, IReadOnlyList<AgencyClassRanking> Classes) Apply(
        IReadOnlyList<AgencyResult> agencies, AgencySettings settings)
    {
        var lowest = settings.Tiers[^1];
        var results = agencies.Select(a =>
        {
            var tier = a.Vetoed ? lowest : a.Score is { } score ? settings.Tiers.First(t => t.Threshold is null || score >= t.Threshold) : null;
            var ranked = a.Ranked && (a.Vetoed ? !settings.VetoedUnranked : a.Score is not null);
            return a with { Ranked = ranked, Tier = tier?.Name.ZhCn, TierEn = tier?.Name.En };
        }).ToArray();

        var classes = new List<AgencyClassRanking>();
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var inClass in results.Select((a, i) => (Agency: a, Order: i)).GroupBy(x => x.Agency.UnitClass ?? ""))
        {
            var standing = inClass.Where(x => x.Agency.Ranked && !x.Agency.Vetoed)
                .OrderByDescending(x => x.Agency.Score).ThenBy(x => x.Order).Select(x => x.Agency).ToArray();
            var entries = new List<AgencyRankEntry>();
            var place = 0;
            var distinct = 0;
            for (var i = 0; i < standing.Length; i++)
            {
                if (i == 0 || standing[i].Score != standing[i - 1].Score)
                {
                    distinct++;
                    place = settings.DenseRanking ? distinct : i + 1;
                }

                entries.Add(Entry(standing[i], place));
            }

            var last = settings.DenseRanking ? distinct + 1 : standing.Length + 1;
            entries.AddRange(inClass.Where(x => x.Agency.Ranked && x.Agency.Vetoed)
                .OrderByDescending(x => x.Agency.Score ?? decimal.MinValue).ThenBy(x => x.Order)
                .Select(x => Entry(x.Agency, last)));
            foreach (var entry in entries)
            {
                ranks[entry.AgencyId] = entry.Rank;
            }

            classes.Add(new AgencyClassRanking(inClass.First().Agency.UnitClass, entries));
        }

        return ([.. results.Select(a => ranks.TryGetValue(a.Id, out var rank) ? a with { Rank = rank } : a)], classes);
    }

    private static AgencyRankEntry Entry(AgencyResult agency, int rank) =>
        new(rank, agency.Id, agency.Name, agency.Score, agency.Tier, agency.Vetoed);
}
