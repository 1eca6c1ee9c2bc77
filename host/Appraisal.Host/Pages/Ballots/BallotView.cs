namespace Appraisal.Host.Pages.Ballots;

/// <summary>What a ballot page shows.</summary>
public enum BallotView
{
    /// <summary>The questions, empty or as entered, with any problems beside them.</summary>
    Fill,

    /// <summary>The answers to confirm, carried in hidden fields.</summary>
    Review,

    /// <summary>The receipt of the ballot just cast.</summary>
    Receipt,

    /// <summary>Why the code cannot open a ballot.</summary>
    CodeProblem,

    /// <summary>Too many requests from this address.</summary>
    Limited,
}
