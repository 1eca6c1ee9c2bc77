using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// The problems the ballot box found with a voter's answers, looked up by field so each is shown beside its item.
/// All of them are also listed at the top of the form, linked to their fields; one that names no field of this
/// ballot (a whole-ballot rule, an unknown item) is shown only there.
/// </summary>
public sealed class BallotProblems
{
    private readonly BallotFields _fields;
    private readonly ILookup<string, BallotProblem> _byField;

    public BallotProblems(IReadOnlyList<BallotProblem> problems, BallotFields fields)
    {
        All = problems ?? throw new ArgumentNullException(nameof(problems));
        _fields = fields ?? throw new ArgumentNullException(nameof(fields));
        _byField = problems
            .Select(problem => (Problem: problem, Field: fields.NameOf(problem.ItemKey, problem.SubjectId)))
            .Where(p => p.Field is not null)
            .ToLookup(p => p.Field!, p => p.Problem, StringComparer.Ordinal);
    }

    public IReadOnlyList<BallotProblem> All { get; }

    public bool Any => All.Count > 0;

    public IEnumerable<BallotProblem> For(string field) => _byField[field];

    /// <summary>The field a problem is shown beside, or null when it names none of this ballot's.</summary>
    public string? FieldOf(BallotProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return _fields.NameOf(problem.ItemKey, problem.SubjectId);
    }

    /// <summary>Whether any of <paramref name="items"/> has a problem for <paramref name="subject"/>: its row must unfold.</summary>
    public bool AnyFor(IEnumerable<QuestionItem> items, Subject subject) =>
        items.Any(item => _byField.Contains(_fields.Name(item, subject)));
}
