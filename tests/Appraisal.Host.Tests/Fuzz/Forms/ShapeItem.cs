namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// One question of a ballot as the fuzz needs it: its key and position, whether it is asked per subject, its
/// options in scale order (the page posts their positions) and which of them ask for a reason.
/// </summary>
internal sealed record ShapeItem(
    int Position,
    string Key,
    string Kind,
    bool PerSubject,
    IReadOnlyList<string> Options,
    IReadOnlySet<string> AskingReason,
    bool Conditional,
    int MaxLength)
{
    public bool IsText => Kind == "TEXT";

    public bool IsChecklist => Kind == "CHECKLIST";
}
