using System.Globalization;

namespace Appraisal.Core.Storage;

/// <summary>One numbered schema change, e.g. <c>0002_campaigns.sql</c> with <see cref="Version"/> 2.</summary>
/// <param name="Version">The number the file name starts with; <c>PRAGMA user_version</c> once applied.</param>
/// <param name="Name">The file name, for logs and errors.</param>
/// <param name="Sql">The statements, without BEGIN/COMMIT: the migrator supplies the transaction.</param>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>Reads the version from the digits before the first underscore of <paramref name="name"/>.</summary>
    public static MigrationScript FromFile(string name, string sql)
    {
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(name.AsSpan(0, separator), NumberStyles.None, null, out var version)
            || version <= 0)
        {
            throw new InvalidOperationException(
                $"Migration script '{name}' must be named <number>_<description>.sql, e.g. 0002_campaigns.sql.");
        }

        return new MigrationScript(version, name, sql);
    }
}
