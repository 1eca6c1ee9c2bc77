namespace Appraisal.Host.Imports;

/// <summary>
/// Reads an uploaded roster (CSV or XLSX) into a <see cref="RosterTable"/>. The type is taken from the bytes, not
/// the name or the browser's content type: an XLSX is a zip (<c>PK</c>), the old binary .xls and anything else
/// that is not text are refused with what to do instead.
/// </summary>
public static class RosterImport
{
    /// <summary>The largest file accepted: a roster of tens of thousands of rows fits well within it.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>What the file chooser offers.</summary>
    public const string Accept = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RosterTable Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            throw ImportException.Of("文件是空的。", "The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            throw TooLarge();
        }

        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            var (rows, problems) = XlsxRecords.Read(content);
            return RosterTable.From(rows, problems);
        }

        if (content.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw ImportException.Of(
                "这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或“CSV UTF-8（逗号分隔）”。",
                "This is an old Excel (.xls) file: save it in Excel as .xlsx or “CSV UTF-8 (Comma delimited)”.");
        }

        var (text, _) = TextDecoding.Decode(content);
        if (text.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t'))
        {
            throw ImportException.Of("文件不是 CSV 或 XLSX 表格。", "The file is not a CSV or XLSX table.");
        }

        return RosterTable.From(CsvRecords.Read(text), []);
    }

    /// <summary>The problem of a file over <see cref="MaxBytes"/>.</summary>
    public static ImportException TooLarge() =>
        ImportException.Of($"文件超过 {MaxBytes / 1024 / 1024} MB，请分批导入。", $"The file is larger than {MaxBytes / 1024 / 1024} MB; import it in parts.");
}
