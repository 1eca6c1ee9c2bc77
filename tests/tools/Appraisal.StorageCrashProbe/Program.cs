// Usage: Appraisal.StorageCrashProbe <data directory> [seconds]
// Opens the database in <data directory> and lets many tasks insert rows through SqliteDatabase.WriteAsync.
// Prints "ready" once writing starts, then "ack <id>" after each write is acknowledged (its transaction is
// durable). The test kills the process at a random moment and checks that every acknowledged id survived.
using System.Globalization;
using System.Text;
using Appraisal.Core.Storage;
using Dapper;

const int Writers = 32;
var runFor = TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 60);

await using var database = new SqliteDatabase(args[0]);
await database.MigrateAsync();
await database.WriteAsync((connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
    "CREATE TABLE IF NOT EXISTS crash_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT",
    transaction: transaction, cancellationToken: token)));

// Rows of an earlier, killed run may exist without having been acknowledged: continue above all of them.
var lastId = await database.ReadAsync((connection, token) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
    "SELECT coalesce(max(id), 0) FROM crash_probe", cancellationToken: token)));

var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
var outputGate = new Lock();
void Report(string line)
{
    // One flushed write per line, so the reader sees each acknowledgement as soon as it is true.
    lock (outputGate)
    {
        output.Write(line + "\n");
        output.Flush();
    }
}

// A payload of some size makes the WAL grow and checkpoint while the test kills the process.
var payload = new string('x', 200);

// The deadline only matters if the test died without killing this process.
using var stop = new CancellationTokenSource(runFor);
Report("ready");
var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        var id = Interlocked.Increment(ref lastId);
        await database.WriteAsync((connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO crash_probe (id, payload) VALUES (@id, @payload)",
            new { id, payload }, transaction, cancellationToken: token)));
        Report($"ack {id}");
    }
}));
await Task.WhenAll(writers);
