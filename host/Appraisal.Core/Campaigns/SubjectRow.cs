using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Campaigns;

/// <summary>A <c>subjects</c> row as Dapper reads it.</summary>
internal sealed class SubjectRow
{
    public string Subject_Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit_Class { get; set; }
    public string Attributes { get; set; } = "{}";

    public Subject ToSubject() => new(Subject_Id, Name, Unit_Class, CampaignJson.ReadMap(Attributes));
}
