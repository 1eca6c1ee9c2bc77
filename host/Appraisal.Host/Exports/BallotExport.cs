using Appraisal.Core.Ballots;

namespace Appraisal.Host.Exports;

/// <summary>
/// The rows of a published ballot box: the ballots sheet (see <see cref="BallotColumns"/>) and the receipts sheet
/// (the sealed chain head, box digest and count, then every receipt digest in chain order). They are two separate
/// lists on purpose (DESIGN §6): nothing in a row of one points at a row of the other.
/// </summary>
internal static class BallotExport
{
    public static async Task WriteBallotsAsync(BallotBoxCursor box, BallotColumns columns, IExportSheet sheet, CancellationToken cancellationToken)
    {
        await sheet.WriteRowAsync(columns.ChineseHeader, cancellationToken);
        await sheet.WriteRowAsync(columns.KeyHeader, cancellationToken);
        await foreach (var published in box.SheetsAsync(cancellationToken))
        {
            await sheet.WriteRowAsync(columns.Row(published), cancellationToken);
        }
    }

    public static async Task WriteReceiptsAsync(BallotBoxCursor box, IExportSheet sheet, CancellationToken cancellationToken)
    {
        await sheet.WriteRowAsync(["链头 Chain head", box.ChainHead], cancellationToken);
        await sheet.WriteRowAsync(["投票箱摘要 Box digest", box.BoxDigest], cancellationToken);
        await sheet.WriteRowAsync(["投票数 Ballots cast", ExportCell.Of(box.BallotsCast)], cancellationToken);
        await sheet.WriteRowAsync([], cancellationToken);
        await sheet.WriteRowAsync(["序号", "回执摘要"], cancellationToken);
        await sheet.WriteRowAsync(["position", "receipt_digest"], cancellationToken);
        var position = 0;
        await foreach (var digest in box.ReceiptDigestsAsync(cancellationToken))
        {
            await sheet.WriteRowAsync([ExportCell.Of(++position), digest], cancellationToken);
        }
    }
}
