using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// Everything a ballot page renders from: the form the code opened, how its fields are named and laid out, what the
/// voter entered, and what the ballot box found wrong with it.
/// </summary>
public sealed record BallotState(BallotForm Ballot, BallotFields Fields, BallotLayout Layout, BallotEntries Entries, BallotProblems Problems)
{
    /// <summary>A fresh form: nothing entered, no problems.</summary>
    public static BallotState Open(BallotForm ballot)
    {
        var fields = new BallotFields(ballot);
        return new BallotState(ballot, fields, BallotLayout.Of(ballot.Questionnaire), BallotEntries.None, new BallotProblems([], fields));
    }

    /// <summary>Whether the ballot has questions about its subjects, so the questions asked once need a heading of their own.</summary>
    public bool AsksAboutSubjects => Ballot.Subjects.Count > 0 && (Layout.Matrix is not null || Layout.SubjectItems.Count > 0);

    /// <summary>The entries as answers, for the ballot box.</summary>
    public IReadOnlyList<Answer> Answers => Entries.ToAnswers(Fields, Layout);

    /// <summary>What the voter posted, read field by field.</summary>
    public BallotState WithEntries(IFormCollection form) => this with { Entries = BallotEntries.Read(form, Fields) };

    public BallotState WithProblems(IReadOnlyList<BallotProblem> problems) => this with { Problems = new BallotProblems(problems, Fields) };
}
