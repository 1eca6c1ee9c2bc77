using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tally;

/// <summary>
/// What the host needs of a report's follow-up items before it tracks them by key: a list, keys that are present,
/// short, printable and unique, titles, and a deadline of 1 to 365 working days. A plugin that breaks this has a
/// bug; its tally is stored as an error (and can be retried once it is fixed) rather than half-tracked.
/// </summary>
internal static class FollowUpCheck
{
    public const int MaxKeyLength = 200;

    /// <summary>Null when the items can be tracked, else what is wrong with them.</summary>
    public static string? FindProblem(AppraisalReport report)
    {
        if (report.FollowUps is null)
        {
            return "FollowUps is null.";
        }

        if (report.FollowUpDeadlineWorkingDays is < 1 or > 365)
        {
            return $"FollowUpDeadlineWorkingDays is {report.FollowUpDeadlineWorkingDays}; it must be 1 to 365 or null.";
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < report.FollowUps.Count; i++)
        {
            var item = report.FollowUps[i];
            if (item?.Key is not { Length: > 0 and <= MaxKeyLength } key || string.IsNullOrWhiteSpace(key) || key.Any(char.IsControl))
            {
                return $"item {i} has no usable key (1 to {MaxKeyLength} printable characters).";
            }

            if (item.Title?.ZhCn is null)
            {
                return $"item {i} ({key}) has no title.";
            }

            if (!keys.Add(key))
            {
                return $"the key {key} is used twice.";
            }
        }

        return null;
    }
}
