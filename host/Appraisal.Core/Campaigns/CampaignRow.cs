using System.Globalization;

namespace Appraisal.Core.Campaigns;

/// <summary>A <c>campaigns</c> row as Dapper reads it.</summary>
internal sealed class CampaignRow
{
    public const string Columns =
        "id, type_key, title, period, opens_on, closes_on, status, test_mode, min_cell_size, owner_account_id, " +
        "questionnaire, settings, created_on, revision";

    public string Id { get; set; } = "";
    public string Type_Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Period { get; set; }
    public string? Opens_On { get; set; }
    public string? Closes_On { get; set; }
    public string Status { get; set; } = "";
    public long Test_Mode { get; set; }
    public long Min_Cell_Size { get; set; }
    public string? Owner_Account_Id { get; set; }
    public string Questionnaire { get; set; } = "";
    public string Settings { get; set; } = "";
    public string Created_On { get; set; } = "";
    public long Revision { get; set; }

    public Campaign ToCampaign() => new(
        Id, Type_Key, Title, Period, Date(Opens_On), Date(Closes_On), ParseStatus(Status), Test_Mode == 1,
        (int)Min_Cell_Size, Owner_Account_Id, CampaignJson.ReadQuestionnaire(Questionnaire), CampaignJson.ReadMap(Settings),
        Date(Created_On) ?? DateOnly.MinValue, Revision);

    public static string StatusText(CampaignStatus status) => status.ToString().ToLowerInvariant();

    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CampaignStatus ParseStatus(string text) => Enum.Parse<CampaignStatus>(text, ignoreCase: true);

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
