namespace Appraisal.Core.Campaigns;

/// <summary>
/// The committee's grades of a campaign and the 优秀 cap check (DOMAIN §1.4: 优秀 一般不超过正式党员总数的 1/3;
/// 预备党员 are not graded and not counted). <see cref="CapMode"/> is <c>flag</c> (report an excess),
/// <c>enforce</c> (refuse it) or <c>off</c> (localities with 不下指标、不定比例).
/// </summary>
/// <param name="Grades">Recorded grades, in subject order.</param>
/// <param name="ScaleKey">The scale the grades are options of.</param>
/// <param name="CapMode">flag, enforce or off.</param>
/// <param name="CapOption">The option the cap applies to (优秀).</param>
/// <param name="CapShare">The share as configured, e.g. 1/3.</param>
/// <param name="GradedMembers">Subjects that may be graded (正式党员): the cap's base.</param>
/// <param name="Cap">The most subjects that may get <paramref name="CapOption"/>: ⌊base × share⌋.</param>
/// <param name="CapCount">How many have it now.</param>
public sealed record CommitteeGrades(
    IReadOnlyList<CommitteeGrade> Grades,
    string ScaleKey,
    string CapMode,
    string CapOption,
    string CapShare,
    int GradedMembers,
    int Cap,
    int CapCount)
{
    /// <summary>True when more subjects have the capped grade than the cap allows.</summary>
    public bool CapExceeded => CapMode != "off" && CapCount > Cap;
}
