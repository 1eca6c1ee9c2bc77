using System.IO.Compression;
using System.Text;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;

namespace Appraisal.Host.Exports;

/// <summary>
/// Writes a sealed campaign's exports to a stream. Whether the caller may have them is the endpoint's business;
/// everything here is what DESIGN §6 lets anyone see once results are published: the anonymous sheets of groups
/// large enough, the receipt digests, and the report with small cells already suppressed at close.
/// </summary>
internal sealed class CampaignExporter(BallotBoxReader boxes, CampaignStore campaigns, PluginCatalog catalog)
{
    public Task WriteBallotsCsvAsync(string campaignId, Stream output, CancellationToken cancellationToken) =>
        boxes.StreamAsync(campaignId, async (box, token) =>
        {
            var columns = await ColumnsAsync(box.Campaign, token);
            await using var csv = new CsvSheet(output);
            await BallotExport.WriteBallotsAsync(box, columns, csv, token);
        }, cancellationToken);

    public Task WriteReceiptsCsvAsync(string campaignId, Stream output, CancellationToken cancellationToken) =>
        boxes.StreamAsync(campaignId, async (box, token) =>
        {
            await using var csv = new CsvSheet(output);
            await BallotExport.WriteReceiptsAsync(box, csv, token);
        }, cancellationToken);

    public async Task WriteBallotsXlsxAsync(string campaignId, Stream output, CancellationToken cancellationToken)
    {
        await using var spool = new SpoolFile();
        await boxes.StreamAsync(campaignId, async (box, token) =>
        {
            var columns = await ColumnsAsync(box.Campaign, token);
            using var workbook = new XlsxWorkbook(spool.Package);
            using (var ballots = workbook.AddSheet("选票 Ballots"))
            {
                await BallotExport.WriteBallotsAsync(box, columns, ballots, token);
            }

            using var receipts = workbook.AddSheet("回执 Receipts");
            await BallotExport.WriteReceiptsAsync(box, receipts, token);
        }, cancellationToken);
        await spool.CopyToAsync(output, cancellationToken);
    }

    public async Task WriteReportXlsxAsync(Campaign campaign, Stream output, CancellationToken cancellationToken)
    {
        var results = await ResultsAsync(campaign, cancellationToken);
        await using var spool = new SpoolFile();
        using (var workbook = new XlsxWorkbook(spool.Package))
        {
            using (var overview = workbook.AddSheet("概况 Overview"))
            {
                await ReportExport.WriteOverviewAsync(campaign, TypeName(campaign), results, overview, cancellationToken);
            }

            foreach (var table in results.Report!.Tables)
            {
                using var sheet = workbook.AddSheet(table.Title.ZhCn);
                await ReportExport.WriteTableAsync(table, sheet, cancellationToken);
            }
        }

        await spool.CopyToAsync(output, cancellationToken);
    }

    /// <summary>
    /// A zip of CSV files, 00-overview.csv then one per table (NN-key.csv): the tables have different columns, and one
    /// CSV with sections would parse as ragged rows in Excel and in every CSV library.
    /// </summary>
    public async Task WriteReportCsvZipAsync(Campaign campaign, Stream output, CancellationToken cancellationToken)
    {
        var results = await ResultsAsync(campaign, cancellationToken);
        await using var spool = new SpoolFile();
        using (var zip = new ZipArchive(spool.Writer, ZipArchiveMode.Create, leaveOpen: false, Encoding.UTF8))
        {
            await WriteEntryAsync(zip, "00-overview.csv", sheet => ReportExport.WriteOverviewAsync(campaign, TypeName(campaign), results, sheet, cancellationToken));
            var tables = results.Report!.Tables;
            for (var i = 0; i < tables.Count; i++)
            {
                var table = tables[i];
                await WriteEntryAsync(zip, $"{i + 1:00}-{ExportFileName.Ascii(table.Key, "table")}.csv", sheet => ReportExport.WriteTableAsync(table, sheet, cancellationToken));
            }
        }

        await spool.CopyToAsync(output, cancellationToken);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, Func<IExportSheet, Task> write)
    {
        await using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        await using var csv = new CsvSheet(entry);
        await write(csv);
    }

    private async Task<CampaignResults> ResultsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var results = await campaigns.ResultsAsync(campaign.Id, cancellationToken);
        return results.Report is null
            ? throw new CampaignProblem("NOT_TALLIED", new("活动结束计票后才能导出报告。", "The report can be exported once the campaign is closed and tallied."), "campaignId")
            : results;
    }

    private async Task<BallotColumns> ColumnsAsync(Campaign campaign, CancellationToken cancellationToken) =>
        new(campaign.Questionnaire, await campaigns.SubjectsAsync(campaign.Id, cancellationToken));

    private string TypeName(Campaign campaign) =>
        catalog.AppraisalTypes.FirstOrDefault(t => t.Key == campaign.TypeKey) is { } type
            ? $"{type.Name.ZhCn} ({campaign.TypeKey})"
            : campaign.TypeKey;
}
