using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>The subject attributes this type reads: <c>ranked</c> and <c>veto</c>.</summary>
internal static class AgencyAttributes
{
    /// <summary><c>ranked=false</c>: rated but not ranked (征求意见单位, DOMAIN §3.2 (d) [S61]).</summary>
    public static bool IsUnranked(Subject agency) => IsNo(agency.Attribute("ranked"));

    /// <summary>一票否决 from the attribute <c>veto</c> (its value is the reason) or the campaign setting <c>veto</c>.</summary>
    public static (bool Vetoed, string Reason) VetoOf(Subject agency, AgencySettings settings)
    {
        var attribute = agency.Attribute("veto").Trim();
        if (attribute.Length > 0 && !IsNo(attribute))
        {
            return (true, attribute.ToLowerInvariant() is "true" or "yes" or "1" or "是" ? "" : attribute);
        }

        return settings.Vetoes.TryGetValue(agency.Id, out var reason) ? (true, reason) : (false, "");
    }

    private static bool IsNo(string value) => value.Trim().ToLowerInvariant() is "false" or "no" or "0" or "否";
}
