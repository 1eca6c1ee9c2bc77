namespace Appraisal.Host.Imports;

/// <summary>One data row of a roster file: its row number in the file (as Excel or a text editor shows it) and its cells, trimmed.</summary>
public sealed record RosterRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or empty when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";
}
