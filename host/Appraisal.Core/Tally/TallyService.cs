using System.Buffers;
using System.Data.Common;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading.Channels;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Appraisal.Core.Tally;

/// <summary>
/// 计票: reads a campaign's anonymous ballot sheets, hands them to the type's aggregator (a guarded plugin call
/// with a timeout) and suppresses small cells. The ballots are read in their stored order, which is random.
/// </summary>
public sealed class TallyService(IAppraisalDatabase database, PluginCatalog catalog)
{
    /// <summary>Computes the report of a campaign from its ballot box. Plugin failures come back as <see cref="CampaignReport.Error"/>.</summary>
    public async Task<CampaignReport> TallyAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var store = new CampaignStore(database);
        var campaign = await store.FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var subjects = await store.SubjectsAsync(campaignId, cancellationToken);
        var groups = await store.RaterGroupsAsync(campaignId, cancellationToken);
        var (casts, ballots) = await ReadBallotsAsync(campaignId, cancellationToken);
        var input = new AggregationInput(
            campaign.Questionnaire, subjects, [.. groups.Select(g => g.Group)], ballots, campaign.Settings, campaign.MinimumCellSize);
        try
        {
            var report = await catalog.InvokeAsync(campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token), cancellationToken);
            if (FollowUpCheck.FindProblem(report) is { } problem)
            {
                return new CampaignReport(casts, ballots.Count, [], campaign.MinimumCellSize,
                    $"The appraisal type {campaign.TypeKey} returned an unusable follow-up list: {problem}");
            }

            return new CampaignReport(casts, ballots.Count, ReportSuppression.Apply(report.Tables, casts, campaign.MinimumCellSize), campaign.MinimumCellSize)
            {
                // Copied into the host's own array: the plugin's list may be a type of its assembly (PLUGINS.md §1.2).
                FollowUps = casts < campaign.MinimumCellSize ? [] : [.. report.FollowUps],
                FollowUpDeadlineWorkingDays = report.FollowUpDeadlineWorkingDays,
            };
        }
        catch (PluginCallException exception)
        {
            return new CampaignReport(casts, ballots.Count, [], campaign.MinimumCellSize, exception.Message);
        }
    }

    /// <summary>
    /// The typed report object the type's aggregator returns (<see cref="AppraisalReport.Details"/>), for the
    /// plugin's GraphQL extension. It is a plugin's object: callers keep it only as long as the schema that binds
    /// its type. Null when the type has none, the tally fails, or fewer ballots than the minimum were cast.
    /// </summary>
    public async Task<object?> DetailsAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var store = new CampaignStore(database);
        var campaign = await store.FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var subjects = await store.SubjectsAsync(campaignId, cancellationToken);
        var groups = await store.RaterGroupsAsync(campaignId, cancellationToken);
        var (casts, ballots) = await ReadBallotsAsync(campaignId, cancellationToken);
        if (casts < campaign.MinimumCellSize)
        {
            return null;
        }

        var input = new AggregationInput(
            campaign.Questionnaire, subjects, [.. groups.Select(g => g.Group)], ballots, campaign.Settings, campaign.MinimumCellSize);
        try
        {
            return await catalog.InvokeAsync(campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token).Details, cancellationToken);
        }
        catch (PluginCallException)
        {
            return null;
        }
    }

    /// <summary>Every ballot sheet of a campaign, decoded, with the number of ballots cast.</summary>
    public Task<(int Casts, IReadOnlyList<AnonymousBallot> Ballots)> ReadBallotsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<(int, IReadOnlyList<AnonymousBallot>)>(
            async (connection, token) =>
            {
                var casts = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT casts FROM box_state WHERE campaign_id = @campaignId", new { campaignId }, cancellationToken: token)) ?? 0;
                return ((int)casts, await ReadSheetsAsync(connection, campaignId, token));
            },
            cancellationToken);

    private static async Task<IReadOnlyList<AnonymousBallot>> ReadSheetsAsync(DbConnection connection, string campaignId, CancellationToken token)
    {
        if (connection is SqliteConnection sqlite)
        {
            return ReadSheets(sqlite, campaignId, token);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_key, answers FROM ballots WHERE campaign_id = $campaignId";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$campaignId";
        parameter.Value = campaignId;
        command.Parameters.Add(parameter);
        var pool = new StringPool();
        var ballots = new List<AnonymousBallot>();
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            var group = pool.GetOrAdd(Encoding.UTF8.GetBytes(reader.GetString(0)));
            var answers = BallotSheetCodec.Decode((byte[])reader.GetValue(1), pool);
            ballots.Add(new AnonymousBallot(group, answers));
        }

        return ballots;
    }

    /// <summary>
    /// The same on SQLite, through the native statement, with the decoding spread over the cores: this thread
    /// steps through the rows (one read transaction, so one consistent box) and copies the sheets into batches, and
    /// decoders turn batches into ballots in parallel, each with its own <see cref="StringPool"/>; the batches are
    /// put back together in the order read. Microsoft.Data.Sqlite would also copy every blob into a new array, which
    /// for a million sheets is most of a gigabyte of garbage whose collections copy the ballots already decoded.
    /// </summary>
    private static List<AnonymousBallot> ReadSheets(SqliteConnection connection, string campaignId, CancellationToken token)
    {
        var db = connection.Handle;
        var rc = raw.sqlite3_prepare_v2(db, "SELECT group_key, answers FROM ballots WHERE campaign_id = ?1", out sqlite3_stmt statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(token);
        var queue = Channel.CreateBounded<SheetBatch>(new BoundedChannelOptions(DecodeThreads * 2) { SingleWriter = true });
        // Threads of their own: decoding a large box takes seconds, and the pool's few threads serve requests.
        var decoders = Enumerable.Range(0, DecodeThreads)
            .Select(_ => Task.Factory.StartNew(
                () => Decode(queue.Reader, stopping), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var batches = new List<SheetBatch>();
        try
        {
            using (statement)
            {
                SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 1, campaignId), db);
                var groups = new StringPool();
                var batch = new SheetBatch();
                while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    // The group is TEXT; column_blob gives its UTF-8 bytes, which the pool turns into one shared string.
                    if (!batch.TryAdd(groups.GetOrAdd(raw.sqlite3_column_blob(statement, 0)), raw.sqlite3_column_blob(statement, 1)))
                    {
                        Send(queue.Writer, batches, batch, stopping.Token);
                        stopping.Token.ThrowIfCancellationRequested();
                        batch = new SheetBatch();
                        batch.TryAdd(groups.GetOrAdd(raw.sqlite3_column_blob(statement, 0)), raw.sqlite3_column_blob(statement, 1));
                    }
                }

                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }

                if (batch.Count > 0)
                {
                    Send(queue.Writer, batches, batch, stopping.Token);
                }
            }
        }
        catch
        {
            stopping.Cancel();
            throw;
        }
        finally
        {
            queue.Writer.TryComplete();
            try
            {
                Task.WaitAll(decoders, CancellationToken.None);
            }
            catch (AggregateException exception) when (exception.InnerExceptions.Any(e => e is not OperationCanceledException))
            {
                // A sheet that does not decode: its FormatException, not the cancellation it caused.
                ExceptionDispatchInfo.Throw(exception.InnerExceptions.First(e => e is not OperationCanceledException));
            }
            catch (AggregateException)
            {
                // Cancelled because reading failed or was cancelled: that exception is already on its way.
            }
        }

        token.ThrowIfCancellationRequested();
        var ballots = new List<AnonymousBallot>(batches.Sum(b => b.Count));
        foreach (var batch in batches)
        {
            ballots.AddRange(batch.Ballots!);
        }

        return ballots;
    }

    private static readonly int DecodeThreads = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private static void Send(ChannelWriter<SheetBatch> writer, List<SheetBatch> batches, SheetBatch batch, CancellationToken token)
    {
        batches.Add(batch);
        if (!writer.TryWrite(batch))
        {
            writer.WriteAsync(batch, token).AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Decode(ChannelReader<SheetBatch> batches, CancellationTokenSource stopping)
    {
        var pool = new StringPool();
        try
        {
            while (batches.WaitToReadAsync(stopping.Token).AsTask().GetAwaiter().GetResult())
            {
                while (batches.TryRead(out var batch))
                {
                    stopping.Token.ThrowIfCancellationRequested();
                    batch.Decode(pool);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            stopping.Cancel();
            throw;
        }
    }

    /// <summary>Sheets copied out of SQLite, up to about 256 KB of them, and then the ballots they decode to.</summary>
    private sealed class SheetBatch
    {
        private const int Capacity = 256 * 1024;

        private readonly List<(string Group, int End)> _sheets = new(512);
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(Capacity);
        private int _used;

        public int Count => _sheets.Count;

        public AnonymousBallot[]? Ballots { get; private set; }

        /// <summary>Copies a sheet in; false when it does not fit (a batch always takes its first sheet).</summary>
        public bool TryAdd(string group, ReadOnlySpan<byte> sheet)
        {
            if (_used + sheet.Length > _bytes.Length)
            {
                if (_sheets.Count > 0)
                {
                    return false;
                }

                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = ArrayPool<byte>.Shared.Rent(sheet.Length);
            }

            sheet.CopyTo(_bytes.AsSpan(_used));
            _used += sheet.Length;
            _sheets.Add((group, _used));
            return true;
        }

        public void Decode(StringPool pool)
        {
            var ballots = new AnonymousBallot[_sheets.Count];
            var start = 0;
            for (var i = 0; i < ballots.Length; i++)
            {
                var (group, end) = _sheets[i];
                ballots[i] = new AnonymousBallot(group, BallotSheetCodec.Decode(_bytes.AsSpan(start, end - start), pool));
                start = end;
            }

            Ballots = ballots;
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }
}
