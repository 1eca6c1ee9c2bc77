using Appraisal.Plugins.Satisfaction.Reports;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// The report's 差评 as the host's follow-up items (核实 → 整改 → 回访 → 办结, DOMAIN §2.3 S30 S33): the same keys,
/// the question as the title, the reason as the detail. Like the complaints they come from, they carry nothing
/// about the ballot (no id, no position, no time), and 差评 of suppressed cells are not among them.
/// </summary>
internal static class FollowUpList
{
    public static FollowUpItem[] From(IReadOnlyList<SatisfactionComplaint> complaints, TallyPlan plan)
    {
        var choices = plan.Choices.ToDictionary(c => c.Item.Key, StringComparer.Ordinal);
        return [.. complaints.Select(complaint =>
        {
            var choice = choices[complaint.ItemKey];
            var option = choice.Scale.Options[choice.Scale.IndexOf(complaint.OptionKey)];
            return new FollowUpItem(complaint.Key, choice.Item.Text, complaint.Reason, complaint.SubjectId, complaint.SubjectName, option.Label);
        })];
    }
}
