namespace Appraisal.Core.Campaigns;

/// <summary>The Chinese names of campaign statuses, as organisers read them.</summary>
public static class CampaignStatusText
{
    /// <summary>草稿 / 进行中 / 已结束 / 已公布.</summary>
    public static string ZhCn(CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => "草稿",
        CampaignStatus.Open => "进行中",
        CampaignStatus.Closed => "已结束",
        CampaignStatus.Published => "已公布",
        _ => status.ToString(),
    };
}
