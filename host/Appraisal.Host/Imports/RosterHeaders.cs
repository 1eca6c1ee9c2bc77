namespace Appraisal.Host.Imports;

/// <summary>
/// Which column a header names. Organisers keep rosters in Excel with Chinese headers, scripts write English ones;
/// both are accepted, compared without case, spaces, underscores or a trailing (full-width) colon.
/// </summary>
public static class RosterHeaders
{
    private static readonly Dictionary<string, RosterColumn> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["编号"] = RosterColumn.Id, ["工号"] = RosterColumn.Id, ["id"] = RosterColumn.Id,
        ["姓名"] = RosterColumn.Name, ["名称"] = RosterColumn.Name, ["单位名称"] = RosterColumn.Name, ["name"] = RosterColumn.Name,
        ["党员类别"] = RosterColumn.Membership, ["身份"] = RosterColumn.Membership, ["membership"] = RosterColumn.Membership,
        ["单位类别"] = RosterColumn.UnitClass, ["unitclass"] = RosterColumn.UnitClass,
        ["部门"] = RosterColumn.Office, ["科室"] = RosterColumn.Office, ["office"] = RosterColumn.Office, ["department"] = RosterColumn.Office,
        ["层"] = RosterColumn.Stratum, ["分层"] = RosterColumn.Stratum, ["stratum"] = RosterColumn.Stratum,
    };

    /// <summary>The column <paramref name="header"/> names, or null when it names none of them.</summary>
    public static RosterColumn? Find(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = new string([.. header.Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-')]).TrimEnd(':', '：');
        return Names.TryGetValue(key, out var column) ? column : null;
    }
}
