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

    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        await _file.FlushAsync(cancellationToken);
        _file.Position = 0;
        await _file.CopyToAsync(destination, cancellationToken);
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
