using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Appraisal.Host.Imports;

/// <summary>
/// The first worksheet of an XLSX workbook as records. Text comes from the shared string table or inline strings;
/// a formula contributes its cached value (what Excel last computed and showed), since the host does not compute
/// formulas. The sheet is read as a stream of elements, not loaded whole, and the package's unpacked size is
/// bounded first, so a small upload cannot unpack into gigabytes.
/// </summary>
public static class XlsxRecords
{
    /// <summary>The most a workbook may unpack to: far above any roster of <see cref="RosterTable.MaxRows"/> rows.</summary>
    private const long MaxUnpackedBytes = 100L * 1024 * 1024;

    public static (IReadOnlyList<RosterRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckUnpackedSize(content);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false);
            var workbook = document.WorkbookPart ?? throw NotWorkbook();
            var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw NotWorkbook();
            if (first.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart sheet)
            {
                throw ImportException.Of("第一个工作表不是数据表（可能是图表），请把名册放在第一个工作表。", "The first sheet holds no table (a chart?); put the roster on the first sheet.");
            }

            var strings = SharedStrings(workbook);
            var problems = new List<ImportProblem>();
            return (Rows(sheet, strings, problems), problems);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw NotWorkbook();
        }
    }

    private static List<RosterRow> Rows(WorksheetPart sheet, IReadOnlyList<string> strings, List<ImportProblem> problems)
    {
        var rows = new List<RosterRow>();
        using var reader = OpenXmlReader.Create(sheet);
        var number = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            number = row.RowIndex?.Value is { } index ? (int)index : number + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Value(cell, strings, number, problems));
            }

            rows.Add(new RosterRow(number, cells));
            if (rows.Count > RosterTable.MaxRows + 1)
            {
                break; // the table refuses the file for its size; reading on would only cost memory
            }
        }

        return rows;
    }

    private static string Value(Cell cell, IReadOnlyList<string> strings, int row, List<ImportProblem> problems)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (cell.CellFormula is not null && raw is null)
        {
            problems.Add(new ImportProblem(row, cell.CellReference?.Value, new(
                "公式没有保存计算结果：请在 Excel 中打开文件、保存后再导入，或把公式复制为数值。",
                "The formula has no saved result: open and save the file in Excel, or paste the formula's values.")));
            return "";
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : "";
        }

        if (type == CellValues.Error)
        {
            problems.Add(new ImportProblem(row, cell.CellReference?.Value, new($"单元格的值是错误 {raw}。", $"The cell holds the error {raw}.")));
            return "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        return raw ?? "";
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(Text((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return list;
    }

    /// <summary>The text of a string item: its own text and its rich-text runs, without phonetic guides (rPh).</summary>
    private static string Text(OpenXmlElement item) =>
        string.Concat(item.Elements<Text>().Select(t => t.Text).Concat(item.Elements<Run>().SelectMany(r => r.Elements<Text>()).Select(t => t.Text)));

    /// <summary>0 for A, 25 for Z, 26 for AA: the letters of a reference like <c>C12</c>.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > 16_384)
            {
                break;
            }
        }

        return index - 1;
    }

    private static void CheckUnpackedSize(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw ImportException.Of("工作簿解压后过大，请只保留名册。", "The workbook unpacks to too much; keep only the roster in it.");
            }
        }
        catch (InvalidDataException)
        {
            throw NotWorkbook();
        }
    }

    private static ImportException NotWorkbook() =>
        ImportException.Of("文件不是有效的 XLSX 工作簿，请用 Excel 另存为 .xlsx 或 CSV。", "The file is not a valid XLSX workbook; save it from Excel as .xlsx or CSV.");
}
