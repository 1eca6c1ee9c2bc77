namespace Appraisal.PluginApi;

/// <summary>
/// The version of this contract. Plugins state the range of contract versions they accept in
/// <c>plugin.json</c> (<c>"contract": "&gt;=1.0 &lt;2.0"</c>); the host compares it with <see cref="Current"/>.
/// Minor versions only add; a breaking change raises the major and the fixed AssemblyVersion with it.
/// A plugin that uses a member added in a minor version must require that minor (the AssemblyVersion cannot tell).
/// </summary>
/// <remarks>
/// 1.0.0: the first contract. 1.1.0: <see cref="Reports.FollowUpItem"/> and the init-only
/// <see cref="Reports.AppraisalReport.FollowUps"/> and <see cref="Reports.AppraisalReport.FollowUpDeadlineWorkingDays"/>
/// for the host's follow-up workflow (a plugin setting them declares <c>"contract": "&gt;=1.1.0 &lt;2.0.0"</c>).
/// 1.2.0: <see cref="Reports.SheetScores"/>, <see cref="Reports.SheetScore"/>, the init-only
/// <see cref="Reports.AggregationInput.Options"/> and <see cref="Reports.AggregationInput.Scores"/>, and the
/// <see cref="Reports.OptionTally"/> constructor taking counts, so that the host counts a large box once, in parallel,
/// and aggregators need not read every ballot.
/// </remarks>
public static class ContractVersion
{
    /// <summary>The SemVer of the contract this assembly implements.</summary>
    public const string Current = "1.2.0";

    /// <summary>The assembly name plugins reference; the host always resolves it to its own copy.</summary>
    public const string AssemblyName = "Appraisal.PluginApi";
}
