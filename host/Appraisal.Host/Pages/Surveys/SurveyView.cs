namespace Appraisal.Host.Pages.Surveys;

/// <summary>What the public survey page shows.</summary>
public enum SurveyView
{
    /// <summary>The questions (and the one-time code, when asked), empty or as entered, with any problems beside them.</summary>
    Fill,

    /// <summary>The answers to confirm, carried in hidden fields.</summary>
    Review,

    /// <summary>The receipt of the ballot just cast.</summary>
    Receipt,

    /// <summary>Why the survey cannot take a ballot from this device now.</summary>
    Problem,

    /// <summary>Too many requests from this address.</summary>
    Limited,
}
