using Appraisal.Core.Ballots;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>The addresses of the ballot pages.</summary>
public static class BallotPaths
{
    /// <summary>The page to type a code from a paper slip.</summary>
    public const string Entry = "/b";

    /// <summary>The ballot a code opens; the canonical form needs no escaping.</summary>
    public static string For(BallotCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Entry + "/" + code.Canonical;
    }
}
