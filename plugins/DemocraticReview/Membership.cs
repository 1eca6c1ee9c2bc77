using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>正式党员 or 预备党员, from the subject attribute <c>membership</c>; a member without it is 正式.</summary>
internal static class Membership
{
    public const string Attribute = "membership";
    public const string Probationary = "probationary";

    /// <summary>预备党员 rate others but are not graded (不评定等次) [W][S3][S4][S5].</summary>
    public static bool IsProbationary(Subject? subject) =>
        subject?.Attributes is { } attributes
        && attributes.TryGetValue(Attribute, out var value)
        && string.Equals(value?.Trim(), Probationary, StringComparison.OrdinalIgnoreCase);
}
