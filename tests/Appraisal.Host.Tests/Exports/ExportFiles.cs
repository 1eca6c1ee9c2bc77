using System.Globalization;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Appraisal.Host.Tests.Exports;

/// <summary>Reads exported files back the way an auditor's tools would: the XLSX with the Open XML SDK, the CSV with CsvHelper.</summary>
internal static class ExportFiles
{
    /// <summary>Every sheet of a workbook by name, each as rows of cell texts (numbers in invariant culture).</summary>
    public static Dictionary<string, List<string[]>> ReadXlsx(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = new Dictionary<string, List<string[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
            sheets[sheet.Name!.Value!] = [.. part.Worksheet.Descendants<Row>().Select(ReadRow)];
        }

        return sheets;
    }

    /// <summary>The numeric cells of a sheet, to check numbers are stored as numbers.</summary>
    public static int NumberCells(byte[] file, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>()
            .Count(c => c.DataType is null && c.CellValue is not null);
    }

    public static List<string[]> ReadCsv(byte[] file)
    {
        using var reader = CsvReader.Create(file, CsvReaderOptions.Default with
        {
            HasHeader = false,
            SkipEmptyLines = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        });
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            rows.Add(row.ToArray());
        }

        return rows;
    }

    private static string[] ReadRow(Row row)
    {
        var cells = row.Elements<Cell>().ToArray();
        var width = cells.Length == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!.Value!)) + 1;
        var texts = Enumerable.Repeat("", width).ToArray();
        foreach (var cell in cells)
        {
            texts[ColumnIndex(cell.CellReference!.Value!)] = cell.InlineString?.InnerText
                ?? decimal.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return texts;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
