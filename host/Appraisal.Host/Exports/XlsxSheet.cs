using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Appraisal.Host.Exports;

/// <summary>
/// One worksheet written row by row with the SDK's forward-only <see cref="OpenXmlWriter"/>. Text is written as inline
/// strings (no shared-string table to keep in memory), behind <see cref="FormulaGuard"/>; numbers as numbers.
/// </summary>
internal sealed class XlsxSheet : IExportSheet, IDisposable
{
    private readonly OpenXmlWriter _writer;
    private uint _rowIndex;

    public XlsxSheet(WorksheetPart part)
    {
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetData());
    }

    public ValueTask WriteRowAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _rowIndex++;
        _writer.WriteStartElement(new Row { RowIndex = _rowIndex });
        for (var column = 0; column < cells.Count; column++)
        {
            var cell = cells[column];
            var reference = ColumnName(column) + _rowIndex.ToString(CultureInfo.InvariantCulture);
            if (cell.Number is { } number)
            {
                _writer.WriteElement(new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { CellReference = reference });
            }
            else if (!string.IsNullOrEmpty(cell.Text))
            {
                var text = new Text(XmlSafe(FormulaGuard.Apply(cell.Text))) { Space = SpaceProcessingModeValues.Preserve };
                _writer.WriteElement(new Cell(new InlineString(text)) { CellReference = reference, DataType = CellValues.InlineString });
            }
        }

        _writer.WriteEndElement();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.Close();
    }

    /// <summary>A1-style column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>XML 1.0 cannot hold most control characters; a stray one in a free-text answer must not break the file.</summary>
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) && !text.Any(char.IsSurrogate))
        {
            return text;
        }

        var safe = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            safe.Append(Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r') ? "\uFFFD" : rune.ToString());
        }

        return safe.ToString();
    }
}
