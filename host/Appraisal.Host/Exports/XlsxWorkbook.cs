using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SpreadsheetDocumentType = DocumentFormat.OpenXml.SpreadsheetDocumentType;

namespace Appraisal.Host.Exports;

/// <summary>
/// An XLSX workbook written sheet after sheet with <see cref="XlsxSheet"/>: each worksheet is streamed into the
/// package as it is written, and only the short workbook part is built as a tree at the end.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbookPart;
    private readonly Sheets _sheets = new();
    private readonly SheetNames _names = new();
    private uint _nextSheetId = 1;

    public XlsxWorkbook(Stream stream)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _workbookPart = _document.AddWorkbookPart();
    }

    /// <summary>A new worksheet; finish it (dispose) before adding the next one.</summary>
    public XlsxSheet AddSheet(string name)
    {
        var part = _workbookPart.AddNewPart<WorksheetPart>();
        _sheets.Append(new Sheet { Id = _workbookPart.GetIdOfPart(part), SheetId = _nextSheetId++, Name = _names.Reserve(name) });
        return new XlsxSheet(part);
    }

    public void Dispose()
    {
        _workbookPart.Workbook = new Workbook(_sheets);
        _document.Dispose();
    }
}
