using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tally;

/// <summary>
/// The host's own guard on small cells (DESIGN §6), applied to whatever a plugin returns: aggregators suppress
/// the cells they know rest on too few ballots; on top of that, when the whole campaign has fewer ballots than the
/// minimum, every number and every text but the first column (the row's label) is hidden.
/// </summary>
public static class ReportSuppression
{
    public static IReadOnlyList<ReportTable> Apply(IReadOnlyList<ReportTable> tables, int ballotsCast, int minimumCellSize)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var hideAll = ballotsCast < minimumCellSize;
        return [.. tables.Select(table => new ReportTable(
            table.Key,
            table.Title,
            [.. table.Columns],
            [.. table.Rows.Select(row => (IReadOnlyList<ReportCell>)[.. row.Select((cell, column) => Cell(cell, column, hideAll))])]))];
    }

    private static ReportCell Cell(ReportCell? cell, int column, bool hideAll) =>
        cell is null || cell.Suppressed || (hideAll && column > 0)
            ? ReportCell.Hidden
            : new ReportCell(cell.Text, cell.Number);
}
