using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Appraisal.Host.Tests.Imports;

/// <summary>
/// XLSX files as Excel writes them, for the import tests: text in the shared string table, a formula with the
/// value Excel cached, and optionally a formula saved without one (what a generator that never ran Excel leaves).
/// </summary>
internal static class Workbooks
{
    /// <summary>A workbook whose first sheet holds <paramref name="rows"/>; a cell starting with <c>=</c> is a formula whose cached value is the rest.</summary>
    public static byte[] Create(IReadOnlyList<string?[]> rows, bool uncachedFormulaIn = false)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } value)
                    {
                        row.Append(Cell(strings.SharedStringTable, $"{(char)('A' + c)}{r + 1}", value));
                    }
                }

                data.Append(row);
            }

            if (uncachedFormulaIn)
            {
                data.Append(new Row(new Cell { CellReference = $"B{rows.Count + 1}", CellFormula = new CellFormula("CONCAT(\"张\",\"三\")") })
                {
                    RowIndex = (uint)(rows.Count + 1),
                });
            }

            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "名册" }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(SharedStringTable strings, string reference, string value)
    {
        if (value.StartsWith('='))
        {
            return new Cell
            {
                CellReference = reference, DataType = CellValues.String,
                CellFormula = new CellFormula("A1&\"\""), CellValue = new CellValue(value[1..]),
            };
        }

        strings.Append(new SharedStringItem(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count() - 1) };
    }
}
