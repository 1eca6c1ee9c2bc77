using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Appraisal.Core.Storage;

/// <summary>
/// Copies tables from one database into another through plain ADO.NET, so either side may be SQLite or PostgreSQL.
/// Values keep their bytes: text stays the same text, blobs the same bytes, integers the same numbers. The one
/// change of representation is an integer 0/1 going into a boolean column (SQLite has no boolean type).
/// Rows are written in the order the source's table scan returns them: key order for a WITHOUT ROWID table such as
/// the ballots (random ids), so the target's physical order of ballots is not the order in which they were cast.
/// </summary>
public sealed class DataCopier(Action<TableCopied>? progress = null)
{
    // Multi-row INSERTs of at most this many parameters: far below PostgreSQL's 65,535 and SQLite's 32,766 limits,
    // and large enough that a table of 100,000 ballots takes a few hundred statements.
    private const int ParametersPerStatement = 4000;

    /// <summary>
    /// Copies <paramref name="tables"/>, in the order given (parents before children), into the target's open
    /// transaction. The caller commits; an exception leaves the transaction for the caller to roll back.
    /// </summary>
    /// <remarks>
    /// <c>migrationRows</c> names the tables the schema scripts themselves fill (a counter row) with how many rows
    /// they write: in the target such a table must hold exactly that many, and the source's rows replace them. Every
    /// other table must be empty.
    /// </remarks>
    /// <exception cref="InvalidOperationException">A target table already holds data, or lacks a source column.</exception>
    public async Task<IReadOnlyList<TableCopied>> CopyAsync(
        DbConnection source,
        DbTransaction? sourceTransaction,
        DbConnection target,
        DbTransaction targetTransaction,
        IReadOnlyList<string> tables,
        IReadOnlyDictionary<string, long>? migrationRows = null,
        CancellationToken cancellationToken = default)
    {
        // All tables are checked before any is written, so a refusal names the first non-empty table and writes nothing.
        foreach (var table in tables)
        {
            var expected = migrationRows?.GetValueOrDefault(table) ?? 0;
            var rows = await CountAsync(target, targetTransaction, table, cancellationToken);
            if (rows != expected)
            {
                throw new InvalidOperationException(
                    $"The target database is not empty: table {table} already has rows ({rows:N0}" +
                    (expected > 0 ? $"; a new database has {expected:N0}" : "") + "). Copy into a database that is " +
                    "migrated but has no data (a host that started on it may have written some).");
            }
        }

        var copied = new List<TableCopied>(tables.Count);
        foreach (var table in tables)
        {
            if (migrationRows?.GetValueOrDefault(table) > 0)
            {
                await using var clear = Command(target, targetTransaction, $"DELETE FROM {Quote(table)}");
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            var result = await CopyTableAsync(source, sourceTransaction, target, targetTransaction, table, cancellationToken);
            copied.Add(result);
            progress?.Invoke(result);
        }

        return copied;
    }

    private static async Task<TableCopied> CopyTableAsync(
        DbConnection source, DbTransaction? sourceTransaction, DbConnection target, DbTransaction targetTransaction,
        string table, CancellationToken cancellationToken)
    {
        var total = await CountAsync(source, sourceTransaction, table, cancellationToken);

        await using var read = Command(source, sourceTransaction, $"SELECT * FROM {Quote(table)}");
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var types = await TargetTypesAsync(target, targetTransaction, table, columns, cancellationToken);
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / columns.Length);

        var batch = new List<object[]>(rowsPerStatement);
        long written = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                row[i] = ToTargetType(reader.GetValue(i), types[i], table, columns[i]);
            }

            batch.Add(row);
            if (batch.Count == rowsPerStatement)
            {
                written += await InsertAsync(target, targetTransaction, table, columns, types, batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            written += await InsertAsync(target, targetTransaction, table, columns, types, batch, cancellationToken);
        }

        return new TableCopied(table, written, total);
    }

    /// <summary>The CLR type the target's driver reads for each column: what a value must become to be written as-is.</summary>
    private static async Task<Type[]> TargetTypesAsync(
        DbConnection target, DbTransaction transaction, string table, string[] columns, CancellationToken cancellationToken)
    {
        await using var command = Command(
            target, transaction, $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)} WHERE 1 = 0");
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return [.. Enumerable.Range(0, columns.Length).Select(reader.GetFieldType)];
        }
        catch (DbException exception)
        {
            throw new InvalidOperationException(
                $"The target's table {table} does not match the source's columns ({string.Join(", ", columns)}): {exception.Message}",
                exception);
        }
    }

    private static object ToTargetType(object value, Type type, string table, string column) => value switch
    {
        DBNull => DBNull.Value,
        _ when type.IsInstanceOfType(value) => value,
        long flag when type == typeof(bool) && flag is 0 or 1 => flag == 1,
        // Checked conversions only (e.g. a 64-bit integer into a 32-bit column): an overflow throws rather than truncates.
        IConvertible when type != typeof(bool) && typeof(IConvertible).IsAssignableFrom(type) && value is not string =>
            Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(
            $"{table}.{column}: the value {value} ({value.GetType().Name}) cannot be stored as {type.Name} without changing it."),
    };

    private static async Task<int> InsertAsync(
        DbConnection target, DbTransaction transaction, string table, string[] columns, Type[] types,
        List<object[]> rows, CancellationToken cancellationToken)
    {
        await using var command = target.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ");
        var n = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = "@p" + n.ToString(CultureInfo.InvariantCulture);
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = rows[r][c];
                if (rows[r][c] is DBNull)
                {
                    // A null carries no type of its own; the column's keeps PostgreSQL from guessing.
                    parameter.DbType = DbTypeOf(types[c]);
                }

                command.Parameters.Add(parameter);
                n++;
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbType DbTypeOf(Type type) =>
        type == typeof(long) ? DbType.Int64
        : type == typeof(int) ? DbType.Int32
        : type == typeof(bool) ? DbType.Boolean
        : type == typeof(byte[]) ? DbType.Binary
        : type == typeof(double) ? DbType.Double
        : DbType.String;

    /// <summary>The rows of <paramref name="table"/>; public for the callers that work out <c>migrationRows</c>.</summary>
    public static async Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT COUNT(*) FROM {Quote(table)}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    // Both dialects quote identifiers with double quotes; the names come from the source's own schema.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
