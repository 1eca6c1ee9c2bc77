namespace Appraisal.Core.Declarative;

/// <summary>Names of the simple ballot rules a declarative type may switch on (docs/plugins.md).</summary>
public static class BallotRuleNames
{
    /// <summary>On one ballot, an option of a per-subject item may go to at most a share of the subjects (e.g. 优秀 ≤ 30 %).</summary>
    public const string MaxShare = "max-share";

    /// <summary>A ballot rating several subjects may not give every answer the same option (干好干坏一个样).</summary>
    public const string NotUniform = "not-uniform";

    public static IReadOnlyList<string> All { get; } = [MaxShare, NotUniform];
}
