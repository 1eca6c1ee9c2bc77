namespace Appraisal.Core.Distribution;

/// <summary>One person on a sampling roster (服务对象信息库, staff list) and the stratum they belong to.</summary>
/// <param name="Id">Unique on the roster.</param>
/// <param name="Stratum">The stratum key, e.g. an industry, a district or 市县干部 / 镇村干部 / 群众.</param>
public sealed record RosterEntry(string Id, string Stratum);
