using System.Globalization;
using System.Text;
using CsvHelper;

namespace Appraisal.Host.Exports;

/// <summary>
/// One CSV file: UTF-8 with a byte order mark (without it Excel reads the file in the local ANSI code page and the
/// Chinese turns into mojibake), RFC 4180 quoting and CRLF by CsvHelper, numbers in invariant culture. CsvHelper
/// writes into a small memory buffer that is handed on asynchronously every <see cref="DrainBytes"/>: the response
/// body refuses synchronous writes, and a large box must not be buffered whole.
/// </summary>
internal sealed class CsvSheet : IExportSheet, IAsyncDisposable
{
    private const int DrainBytes = 64 * 1024;

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        // Sections (the receipts' head block, a blank line) have fewer fields than the tables below them.
        ValidateFieldCount = false,
        // The guard is ours (FormulaGuard) so CSV and XLSX apply the very same rule.
        Injection = CsvInjection.None,
    };

    private readonly Stream _destination;
    private readonly MemoryStream _buffer = new();
    private readonly CsvWriter _csv;

    public CsvSheet(Stream destination)
    {
        _destination = destination;
        _buffer.Write(Encoding.UTF8.Preamble);
        _csv = CsvWriter.Create(_buffer, Options, true);
    }

    public async ValueTask WriteRowAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(cell.Number is { } number
                ? number.ToString(CultureInfo.InvariantCulture)
                : FormulaGuard.Apply(cell.Text ?? ""));
        }

        if (cells.Count == 0)
        {
            // A blank separator line: CsvHelper wants a field in every record, and one empty field is a blank line.
            _csv.WriteField("");
        }

        _csv.EndRecord();
        if (_buffer.Length >= DrainBytes)
        {
            await DrainAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DrainAsync(CancellationToken.None);
        await _csv.DisposeAsync();
        await _buffer.DisposeAsync();
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        _csv.Flush();
        await _destination.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken);
        _buffer.SetLength(0);
    }
}
