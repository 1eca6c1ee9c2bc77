namespace Appraisal.Host.Exports;

/// <summary>Where rows go, one at a time, so a box of a million ballots never sits in memory: a CSV file or an XLSX sheet.</summary>
internal interface IExportSheet
{
    ValueTask WriteRowAsync(IReadOnlyList<ExportCell> cells, CancellationToken cancellationToken);
}
