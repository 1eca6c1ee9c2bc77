namespace Appraisal.Host.Exports;

/// <summary>
/// A temporary file that disappears when closed. Zip-based exports (XLSX, the zip of report CSVs) are built here
/// rather than in memory, because the zip writers write synchronously, which the response body refuses, and a large
/// box must not become one large buffer; the finished file is then copied to the response asynchronously.
/// </summary>
internal sealed class SpoolFile : IAsyncDisposable
{
    private readonly FileStream _file = new(
        Path.Combine(Path.GetTempPath(), "appraisal-export-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>The file as a forward-only stream for a zip writer; it stays open when the writer closes it.</summary>
    public Stream Writer => new ForwardOnlyStream(_file);

    /// <summary>
    /// The file itself, readable and seekable, for the Open XML SDK, which refuses a write-only stream. The package
    /// then works in update mode and holds the parts until it is closed: bounded by the file, not streamed (a
    /// known limit for very large boxes; the CSV export streams).
    /// </summary>
    public Stream Package => _file;

    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        await _file.FlushAsync(cancellationToken);
        _file.Position = 0;
        await _file.CopyToAsync(destination, cancellationToken);
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
