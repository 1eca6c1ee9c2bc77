using System.Data.Common;
using System.Runtime.CompilerServices;
using Appraisal.Core.Campaigns;

namespace Appraisal.Core.Ballots;

/// <summary>
/// A sealed ballot box read row by row, for exports of boxes too large to hold in memory: the same sheets as
/// <see cref="BallotBoxReader.ReadAsync"/> publishes (small groups withheld, stored random order) and the receipt
/// digests in chain order. It lives only inside <see cref="BallotBoxReader.StreamAsync"/>, on that read's connection.
/// </summary>
public sealed class BallotBoxCursor
{
    private readonly DbConnection _connection;
    private readonly IReadOnlyDictionary<string, long> _castPerGroup;
    private readonly SheetKeys _keys;

    internal BallotBoxCursor(
        DbConnection connection, Campaign campaign, SheetKeys keys, int ballotsCast, string chainHead, string boxDigest, IReadOnlyDictionary<string, long> castPerGroup)
    {
        _connection = connection;
        _castPerGroup = castPerGroup;
        _keys = keys;
        Campaign = campaign;
        BallotsCast = ballotsCast;
        ChainHead = chainHead;
        BoxDigest = boxDigest;
    }

    public Campaign Campaign { get; }

    /// <summary>Receipts in the chain, which equals the ballots cast.</summary>
    public int BallotsCast { get; }

    /// <summary>Hex of the receipt chain head sealed at close.</summary>
    public string ChainHead { get; }

    /// <summary>Hex of the order-free digest of every stored sheet, sealed at close.</summary>
    public string BoxDigest { get; }

    /// <summary>Sheets skipped so far because their rater group cast fewer ballots than the minimum cell size.</summary>
    public int WithheldSheets { get; private set; }

    /// <summary>The publishable sheets, one database row at a time.</summary>
    public async IAsyncEnumerable<PublishedSheet> SheetsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pool = new StringPool();
        await using var command = Command("SELECT ballot_id, group_key, answers, digest FROM ballots WHERE campaign_id = @campaignId ORDER BY ballot_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var group = reader.GetString(1);
            if (_castPerGroup.GetValueOrDefault(group) < Campaign.MinimumCellSize)
            {
                WithheldSheets++;
                continue;
            }

            yield return new PublishedSheet(
                Convert.ToHexStringLower((byte[])reader.GetValue(0)), group,
                SheetStorage.Decode((byte[])reader.GetValue(2), _keys, pool), Convert.ToHexStringLower((byte[])reader.GetValue(3)));
        }
    }

    /// <summary>The receipt digests (hex) in chain order.</summary>
    public async IAsyncEnumerable<string> ReceiptDigestsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT digest FROM receipts WHERE campaign_id = @campaignId ORDER BY seq");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Convert.ToHexStringLower((byte[])reader.GetValue(0));
        }
    }

    private DbCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@campaignId";
        parameter.Value = Campaign.Id;
        command.Parameters.Add(parameter);
        return command;
    }
}
