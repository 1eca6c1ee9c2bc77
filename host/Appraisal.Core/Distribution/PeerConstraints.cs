namespace Appraisal.Core.Distribution;

/// <summary>
/// A <see cref="BalancedPeerRequest"/> turned into indices (raters and subjects each sorted ordinally) so the draw
/// checks a pair in constant time: 100 000 raters × 10 subjects is a million checks and more.
/// </summary>
internal sealed class PeerConstraints
{
    private const int NoGroup = -1;

    private readonly int[] _selfOf;
    private readonly int[] _raterGroup;
    private readonly int[] _subjectGroup;
    private readonly int[] _groupSubjectCount;
    private readonly Dictionary<int, List<int>> _excludedByRater = [];
    private readonly HashSet<long> _excludedPairs = [];

    public PeerConstraints(BalancedPeerRequest request)
    {
        Raters = SortedUnique(request.Raters, "rater");
        Subjects = SortedUnique(request.Subjects, "subject");
        var subjectIndex = new Dictionary<string, int>(Subjects.Length, StringComparer.Ordinal);
        for (var s = 0; s < Subjects.Length; s++)
        {
            subjectIndex[Subjects[s]] = s;
        }

        _selfOf = new int[Raters.Length];
        for (var r = 0; r < Raters.Length; r++)
        {
            var self = request.SelfSubjectOf?.GetValueOrDefault(Raters[r]) ?? Raters[r];
            _selfOf[r] = subjectIndex.GetValueOrDefault(self, -1);
            if (subjectIndex.TryGetValue(Raters[r], out var sameId) && sameId != _selfOf[r])
            {
                Exclude(r, sameId);
            }
        }

        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        _raterGroup = Raters.Select(id => GroupIndex(request.ExclusionGroupOf, groups, id)).ToArray();
        _subjectGroup = Subjects.Select(id => GroupIndex(request.ExclusionGroupOf, groups, id)).ToArray();
        _groupSubjectCount = new int[groups.Count];
        foreach (var g in _subjectGroup.Where(g => g != NoGroup))
        {
            _groupSubjectCount[g]++;
        }

        var raterIndex = Enumerable.Range(0, Raters.Length).ToDictionary(r => Raters[r], StringComparer.Ordinal);
        foreach (var (rater, subject) in request.ExcludedPairs ?? [])
        {
            if (raterIndex.TryGetValue(rater, out var r) && subjectIndex.TryGetValue(subject, out var s))
            {
                Exclude(r, s);
            }
        }
    }

    /// <summary>Rater ids in ordinal order; index = position.</summary>
    public string[] Raters { get; }

    /// <summary>Subject ids in ordinal order; index = position.</summary>
    public string[] Subjects { get; }

    /// <summary>Whether rater <paramref name="r"/> must not rate subject <paramref name="s"/>.</summary>
    public bool Forbids(int r, int s) =>
        _selfOf[r] == s
        || (_raterGroup[r] != NoGroup && _raterGroup[r] == _subjectGroup[s])
        || (_excludedPairs.Count > 0 && _excludedPairs.Contains(PairKey(r, s)));

    /// <summary>How many subjects rater <paramref name="r"/> may rate, without visiting every subject.</summary>
    public int EligibleCount(int r)
    {
        var group = _raterGroup[r];
        var forbidden = group == NoGroup ? 0 : _groupSubjectCount[group];
        if (!_excludedByRater.TryGetValue(r, out var pairs))
        {
            // The common case: only self and the group, checked without allocating.
            var selfOutsideGroup = _selfOf[r] >= 0 && (group == NoGroup || _subjectGroup[_selfOf[r]] != group);
            return Subjects.Length - forbidden - (selfOutsideGroup ? 1 : 0);
        }
        var extra = new HashSet<int>(pairs);
        if (_selfOf[r] >= 0)
        {
            extra.Add(_selfOf[r]);
        }
        forbidden += extra.Count(s => group == NoGroup || _subjectGroup[s] != group);
        return Subjects.Length - forbidden;
    }

    private void Exclude(int r, int s)
    {
        if (_excludedPairs.Add(PairKey(r, s)))
        {
            if (!_excludedByRater.TryGetValue(r, out var list))
            {
                _excludedByRater[r] = list = [];
            }
            list.Add(s);
        }
    }

    private static long PairKey(int r, int s) => ((long)r << 32) | (uint)s;

    private static int GroupIndex(IReadOnlyDictionary<string, string>? groupOf, Dictionary<string, int> groups, string id)
    {
        if (groupOf is null || !groupOf.TryGetValue(id, out var key))
        {
            return NoGroup;
        }
        if (!groups.TryGetValue(key, out var index))
        {
            groups[key] = index = groups.Count;
        }
        return index;
    }

    private static string[] SortedUnique(IReadOnlyList<string> ids, string role)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException($"The {role} '{sorted[i]}' is listed twice.");
            }
        }
        return sorted;
    }
}
