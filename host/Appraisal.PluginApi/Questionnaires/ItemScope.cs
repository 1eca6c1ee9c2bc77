namespace Appraisal.PluginApi.Questionnaires;

/// <summary>Whether an item is asked once per ballot or once for each subject the ballot rates.</summary>
public enum ItemScope
{
    /// <summary>Asked once (e.g. the rating of the branch committee, overall satisfaction).</summary>
    PerBallot,

    /// <summary>Asked for every subject on the ballot (e.g. each member's 等次).</summary>
    PerSubject,
}
