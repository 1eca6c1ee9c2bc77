using System.CommandLine;
using Appraisal.Core.Ballots;
using Appraisal.Core.Storage;

namespace Appraisal.Host.CommandLine;

/// <summary>
/// <c>migrate-data --from &lt;data directory&gt; --to "&lt;connection string&gt;"</c>: copies a SQLite data directory into an
/// empty PostgreSQL database, then verifies both sides and compares them campaign by campaign. Exit code 0 when the
/// copy is whole and both agree, 1 otherwise.
/// </summary>
internal static class MigrateDataCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from") { Description = "The SQLite data directory (the folder that holds appraisal.db).", Required = true };
        var to = new Option<string>("--to") { Description = "An Npgsql connection string to an empty PostgreSQL database.", Required = true };
        var command = new Command(
            "migrate-data",
            "Copy a SQLite data directory into an empty PostgreSQL database in one transaction, then verify and compare both. Stop the host first.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction((parse, ct) => RunAsync(parse.GetRequiredValue(from).FullName, parse.GetRequiredValue(to), ct));
        return command;
    }

    private static async Task<int> RunAsync(string dataDirectory, string connectionString, CancellationToken ct)
    {
        try
        {
            Console.WriteLine($"Copying {dataDirectory} into PostgreSQL (one transaction):");
            var copied = await SqliteToPostgresCopy.RunAsync(
                dataDirectory,
                connectionString,
                table => Console.WriteLine($"  {table.Table,-20} {table.Copied,12:N0} / {table.Total:N0} rows"),
                ct);
            var incomplete = copied.Where(t => t.Copied != t.Total).Select(t => $"{t.Table}: copied {t.Copied} of {t.Total} rows").ToList();
            await using var source = new SqliteDatabase(dataDirectory);
            await using var target = new PostgresDatabase(connectionString);
            var problems = incomplete
                .Concat(await VerifyAsync(source, "SQLite", ct))
                .Concat(await VerifyAsync(target, "PostgreSQL", ct))
                .Concat(BoxSummary.Differences(
                    await source.ReadAsync(BoxSummary.ReadAllAsync, ct), "SQLite",
                    await target.ReadAsync(BoxSummary.ReadAllAsync, ct), "PostgreSQL"))
                .ToList();
            return DataCheck.Print(
                problems,
                $"OK: {copied.Sum(t => t.Copied):N0} rows in {copied.Count} tables; both sides verify, and every campaign's ballots, sheets, chain head, codes and report agree.");
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            // A refusal, or a database that cannot be reached or written: the message says which, nothing was committed.
            Console.Error.WriteLine($"migrate-data: {exception.Message}");
            return 1;
        }
    }

    /// <summary>What <c>verify</c> reports for one side, each line prefixed with the side's name.</summary>
    private static async Task<IEnumerable<string>> VerifyAsync(IAppraisalDatabase database, string name, CancellationToken ct)
    {
        var (result, found) = await DataCheck.RunAsync(database, ct);
        var problems = found.Select(problem => $"{name}: {problem}").ToList();
        Console.WriteLine(problems.Count == 0
            ? $"verify {name}: OK, {result.Campaigns} ballot boxes, {result.BallotsCast:N0} ballots, chains intact, audit log intact."
            : $"verify {name}: {problems.Count} problems.");
        return problems;
    }
}
