using System.Data.Common;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading.Channels;
using Appraisal.Core.Ballots;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Appraisal.Core.Tally;

/// <summary>
/// Reads a campaign's stored sheets and counts them, spread over the cores: one thread steps through the rows (one
/// read transaction, so one consistent box) and copies the sheets into batches, and counters count batches in
/// parallel (<see cref="BoxCounter"/>), each with its own counts and <see cref="StringPool"/>, added up at the end.
/// When the counters fall behind, the reading thread counts a batch itself rather than wait for room in the queue. The batches are kept in the order read, for the ballots an aggregator may still ask for.
/// </summary>
internal static class BoxReading
{
    private const string Query = "SELECT group_key, answers FROM ballots WHERE campaign_id = ?1";

    // The reading thread takes a core too, and counts whenever the queue is full.
    private static readonly int CountingThreads = Math.Clamp(Environment.ProcessorCount - 1, 1, 3);

    public static async Task<TallyBox> ReadAsync(DbConnection connection, string campaignId, int casts, CountingPlan plan, CancellationToken token)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(token);
        var queue = Channel.CreateBounded<SheetBatch>(new BoundedChannelOptions(CountingThreads * 2) { SingleWriter = true });
        // Threads of their own: counting a large box takes a second or more, and the pool's few threads serve requests.
        var counters = Enumerable.Range(0, CountingThreads)
            .Select(_ => Task.Factory.StartNew(
                () => Count(queue.Reader, plan, stopping), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
        var batches = new List<SheetBatch>();
        var groups = new GroupNumbers();
        var reading = new BoxCounter(plan);
        var pool = new StringPool();
        void Send(SheetBatch batch)
        {
            stopping.Token.ThrowIfCancellationRequested();
            batches.Add(batch);
            if (!queue.Writer.TryWrite(batch))
            {
                batch.CountInto(reading, pool);
            }
        }

        try
        {
            if (connection is SqliteConnection sqlite)
            {
                ReadNative(sqlite, campaignId, groups, Send);
            }
            else
            {
                await ReadPortableAsync(connection, campaignId, groups, Send, stopping.Token);
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
            await WaitForAsync(counters);
        }

        token.ThrowIfCancellationRequested();
        var total = reading;
        foreach (var counter in counters)
        {
            total.Merge(counter.Result);
        }

        var ballots = new StoredBallots(batches, groups.Keys, plan.Keys);
        return total.Incomplete
            ? new TallyBox(casts, ballots, null, null)
            : new TallyBox(casts, ballots, total.ToOptionTally(groups.Keys), plan.ScoreNumbersFit ? total.ToSheetScores(groups.Keys) : null);
    }

    /// <summary>
    /// SQLite through the native statement: Microsoft.Data.Sqlite would copy every blob into a new array, garbage that
    /// a million sheets make plenty of.
    /// </summary>
    private static void ReadNative(SqliteConnection connection, string campaignId, GroupNumbers groups, Action<SheetBatch> send)
    {
        var db = connection.Handle;
        var rc = raw.sqlite3_prepare_v2(db, Query, out sqlite3_stmt statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        using (statement)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 1, campaignId), db);
            var batch = new SheetBatch();
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                // The group is TEXT; column_blob gives its UTF-8 bytes, which the pool turns into one shared string.
                var group = groups.Of(raw.sqlite3_column_blob(statement, 0));
                if (!batch.TryAdd(group, raw.sqlite3_column_blob(statement, 1)))
                {
                    send(batch);
                    batch = new SheetBatch();
                    batch.TryAdd(group, raw.sqlite3_column_blob(statement, 1));
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            if (batch.Count > 0)
            {
                send(batch);
            }
        }
    }

    private static async Task ReadPortableAsync(
        DbConnection connection, string campaignId, GroupNumbers groups, Action<SheetBatch> send, CancellationToken token)
    {
        await using var command = connection.CreateCommand();
        // @name is the one placeholder spelling both Microsoft.Data.Sqlite and Npgsql accept.
        command.CommandText = Query.Replace("?1", "@campaignId", StringComparison.Ordinal);
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@campaignId";
        parameter.Value = campaignId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(token);
        var batch = new SheetBatch();
        while (await reader.ReadAsync(token))
        {
            var group = groups.Of(Encoding.UTF8.GetBytes(reader.GetString(0)));
            var sheet = (byte[])reader.GetValue(1);
            if (!batch.TryAdd(group, sheet))
            {
                send(batch);
                batch = new SheetBatch();
                batch.TryAdd(group, sheet);
            }
        }

        if (batch.Count > 0)
        {
            send(batch);
        }
    }

    private static BoxCounter Count(ChannelReader<SheetBatch> batches, CountingPlan plan, CancellationTokenSource stopping)
    {
        var counter = new BoxCounter(plan);
        var pool = new StringPool();
        try
        {
            while (batches.WaitToReadAsync(stopping.Token).AsTask().GetAwaiter().GetResult())
            {
                while (batches.TryRead(out var batch))
                {
                    stopping.Token.ThrowIfCancellationRequested();
                    batch.CountInto(counter, pool);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            stopping.Cancel();
            throw;
        }

        return counter;
    }

    private static async Task WaitForAsync(Task<BoxCounter>[] counters)
    {
        try
        {
            await Task.WhenAll(counters);
        }
        catch (Exception) when (counters.Any(c => c.IsFaulted && c.Exception!.InnerException is not OperationCanceledException))
        {
            // A sheet that does not decode: its FormatException, not the cancellation it caused.
            ExceptionDispatchInfo.Throw(counters.First(c => c.IsFaulted && c.Exception!.InnerException is not OperationCanceledException).Exception!.InnerException!);
        }
        catch (OperationCanceledException)
        {
            // Cancelled because reading failed or was cancelled: that exception is already on its way.
        }
    }

    /// <summary>Rater groups numbered in the order first read; the reading thread's alone.</summary>
    private sealed class GroupNumbers
    {
        private readonly StringPool _pool = new();
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _keys = [];

        public IReadOnlyList<string> Keys => _keys;

        public int Of(ReadOnlySpan<byte> utf8)
        {
            var key = _pool.GetOrAdd(utf8);
            if (!_numbers.TryGetValue(key, out var number))
            {
                number = _keys.Count;
                _numbers[key] = number;
                _keys.Add(key);
            }

            return number;
        }
    }
}
