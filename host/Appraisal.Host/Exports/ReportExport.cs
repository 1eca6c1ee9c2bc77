using System.Globalization;
using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Host.Exports;

/// <summary>
/// The rows of a campaign's report: an overview (header block, then the rules and mappings table when the type
/// reports one) and each generic report table with its column names in Chinese (row 1) and English (row 2). A
/// suppressed cell is written as <see cref="SuppressedMarker"/>; the stored report never holds its number anyway.
/// </summary>
internal static class ReportExport
{
    /// <summary>What stands in a cell resting on fewer ballots than the minimum cell size.</summary>
    public const string SuppressedMarker = "—";

    /// <summary>The key of the table in which a type lists the rules and mappings its tally applied.</summary>
    public const string RulesTableKey = "rules";

    public static async Task WriteOverviewAsync(
        Campaign campaign, string typeName, CampaignResults results, IExportSheet sheet, CancellationToken cancellationToken)
    {
        var report = results.Report!;
        IReadOnlyList<ExportCell>[] header =
        [
            ["活动 Campaign", campaign.Title],
            ["类型 Type", typeName],
            ["期间 Period", campaign.Period],
            ["状态 Status", CampaignStatusText.ZhCn(campaign.Status)],
            ["投票数 Ballots cast", ExportCell.Of(report.BallotsCast)],
            ["计入的选票页 Sheets counted", ExportCell.Of(report.SheetsCounted)],
            ["最小单元 Minimum cell size", ExportCell.Of(report.MinimumCellSize)],
            ["隐藏标记 Suppression", string.Create(CultureInfo.InvariantCulture,
                $"{SuppressedMarker}：所依据的票数少于 {report.MinimumCellSize}，已隐藏 / fewer than {report.MinimumCellSize} ballots behind it: hidden")],
            ["链头 Chain head", results.ChainHead],
            ["投票箱摘要 Box digest", results.BoxDigest],
        ];
        foreach (var row in header)
        {
            await sheet.WriteRowAsync(row, cancellationToken);
        }

        if (report.Error is not null)
        {
            await sheet.WriteRowAsync(["计票错误 Tally error", report.Error], cancellationToken);
        }

        if (report.Tables.FirstOrDefault(t => t.Key == RulesTableKey) is { } rules)
        {
            await sheet.WriteRowAsync([], cancellationToken);
            await sheet.WriteRowAsync([$"{rules.Title.ZhCn} {rules.Title.En}"], cancellationToken);
            await WriteTableAsync(rules, sheet, cancellationToken);
        }
    }

    public static async Task WriteTableAsync(ReportTable table, IExportSheet sheet, CancellationToken cancellationToken)
    {
        await sheet.WriteRowAsync([.. table.Columns.Select(c => ExportCell.Of(c.ZhCn))], cancellationToken);
        await sheet.WriteRowAsync([.. table.Columns.Select(c => ExportCell.Of(c.En))], cancellationToken);
        foreach (var row in table.Rows)
        {
            await sheet.WriteRowAsync([.. row.Select(Cell)], cancellationToken);
        }
    }

    private static ExportCell Cell(ReportCell? cell) => cell switch
    {
        null => ExportCell.Empty,
        { Suppressed: true } => SuppressedMarker,
        { Number: { } number } => ExportCell.Of(number),
        _ => cell.Text,
    };
}
