namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// The steps of the one form a ballot page posts (<see cref="FormName"/>), named by the <c>Step</c> button pressed.
/// The answers travel with every step, in visible fields and then in hidden ones, so the server keeps no state
/// keyed to the voter between the steps.
/// </summary>
public static class BallotSteps
{
    public const string FormName = "ballot";

    /// <summary>Check the answers; show the problems, or the summary to confirm.</summary>
    public const string Review = "review";

    /// <summary>Back from the summary to the form, answers kept.</summary>
    public const string Edit = "edit";

    /// <summary>Cast the ballot.</summary>
    public const string Confirm = "confirm";
}
