using System.Globalization;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Campaigns;

/// <summary>A <c>rater_groups</c> row as Dapper reads it.</summary>
internal sealed class RaterGroupRow
{
    public string Group_Key { get; set; } = "";
    public string Name_Zh { get; set; } = "";
    public string Name_En { get; set; } = "";
    public string? Weight { get; set; }
    public string Weights_By_Class { get; set; } = "{}";
    public long? Planned_Size { get; set; }

    public CampaignRaterGroup ToGroup() => new(
        new RaterGroup(
            Group_Key,
            new LocalizedText(Name_Zh, Name_En),
            Weight is null ? null : decimal.Parse(Weight, CultureInfo.InvariantCulture),
            CampaignJson.ReadMap(Weights_By_Class).ToDictionary(kv => kv.Key, kv => decimal.Parse(kv.Value, CultureInfo.InvariantCulture))),
        (int?)Planned_Size);
}
