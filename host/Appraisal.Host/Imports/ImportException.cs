namespace Appraisal.Host.Imports;

/// <summary>A file that cannot be read as a table at all (wrong type, empty, too large, broken quoting).</summary>
public sealed class ImportException(ImportProblem problem) : Exception(problem?.Message.En)
{
    public ImportProblem Problem { get; } = problem ?? throw new ArgumentNullException(nameof(problem));

    public static ImportException Of(string zhCn, string en) => new(ImportProblem.File(zhCn, en));
}
