using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// How a questionnaire is laid out on a narrow screen. A per-subject choice on a short scale (民主评议党员's 等次) is a
/// matrix: one row per subject, one column per option, the way the paper 测评表 looks. The other per-subject items
/// go under each row, folded away unless one is required; without such a matrix (人民满意机关, 5-level satisfaction
/// scales that would not fit as columns) each subject gets a section of Likert items. Items asked once come last.
/// </summary>
public sealed class BallotLayout
{
    /// <summary>The most columns that fit beside a name at 360 px: four of 基本合格's width.</summary>
    public const int MaxMatrixColumns = 4;

    private BallotLayout(Questionnaire questionnaire, QuestionItem? matrix, Scale? matrixScale)
    {
        Questionnaire = questionnaire;
        Matrix = matrix;
        MatrixScale = matrixScale;
        SubjectItems = [.. questionnaire.Items.Where(i => i.Scope == ItemScope.PerSubject && i != matrix)];
        BallotItems = [.. questionnaire.Items.Where(i => i.Scope == ItemScope.PerBallot)];
    }

    public Questionnaire Questionnaire { get; }

    /// <summary>The per-subject item shown as the matrix, or null.</summary>
    public QuestionItem? Matrix { get; }

    public Scale? MatrixScale { get; }

    /// <summary>Per-subject items other than the matrix, in questionnaire order.</summary>
    public IReadOnlyList<QuestionItem> SubjectItems { get; }

    /// <summary>Items asked once per ballot, in questionnaire order.</summary>
    public IReadOnlyList<QuestionItem> BallotItems { get; }

    /// <summary>Whether the items under a matrix row start unfolded: yes when one of them must be answered.</summary>
    public bool SubjectItemsOpen => SubjectItems.Any(i => i.Required && i.ShowWhen is null);

    public static BallotLayout Of(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        foreach (var item in questionnaire.Items)
        {
            if (item is { Scope: ItemScope.PerSubject, Kind: ItemKind.Choice, ShowWhen: null }
                && questionnaire.FindScale(item.ScaleKey) is { Options.Count: > 1 and <= MaxMatrixColumns } scale)
            {
                return new BallotLayout(questionnaire, item, scale);
            }
        }

        return new BallotLayout(questionnaire, null, null);
    }

    /// <summary>The options of an item's scale; none for a text item or a missing scale.</summary>
    public IReadOnlyList<ScaleOption> Options(QuestionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Questionnaire.FindScale(item.ScaleKey)?.Options ?? [];
    }
}
