namespace Appraisal.Core.Distribution;

/// <summary>
/// Who may be asked to rate whom in a balanced peer draw (民主评议党员 peer review, agencies rated by other units).
/// Raters and subjects are often the same people; the draw depends only on the sets, not the order they are listed in.
/// </summary>
public sealed record BalancedPeerRequest
{
    /// <summary>Rater ids, unique.</summary>
    public required IReadOnlyList<string> Raters { get; init; }

    /// <summary>Subject ids, unique.</summary>
    public required IReadOnlyList<string> Subjects { get; init; }

    /// <summary>How many different subjects each rater gets (k).</summary>
    public required int SubjectsPerRater { get; init; }

    /// <summary>
    /// Rater id → the subject id that is the same person, when the two lists use different ids. A rater is also never
    /// paired with a subject of exactly its own id, mapped or not: nobody rates themselves.
    /// </summary>
    public IReadOnlyDictionary<string, string>? SelfSubjectOf { get; init; }

    /// <summary>
    /// Id → group key (e.g. office, 支部, unit) for raters and subjects alike: a rater never rates a subject of the same
    /// group, so colleagues who could recognise each other's ballots, or settle scores, are kept apart.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ExclusionGroupOf { get; init; }

    /// <summary>Individual pairs that must not occur (declared conflicts of interest).</summary>
    public IReadOnlyCollection<(string Rater, string Subject)>? ExcludedPairs { get; init; }
}
