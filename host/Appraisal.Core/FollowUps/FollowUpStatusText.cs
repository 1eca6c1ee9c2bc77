namespace Appraisal.Core.FollowUps;

/// <summary>The Chinese names of follow-up statuses, as organisers read them.</summary>
public static class FollowUpStatusText
{
    /// <summary>待核实 / 核实中 / 整改中 / 回访中 / 已办结.</summary>
    public static string ZhCn(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Pending => "待核实",
        FollowUpStatus.Verifying => "核实中",
        FollowUpStatus.Rectifying => "整改中",
        FollowUpStatus.Revisiting => "回访中",
        FollowUpStatus.Closed => "已办结",
        _ => status.ToString(),
    };

    /// <summary>The lower-case name stored in the database and used in English messages.</summary>
    public static string Stored(FollowUpStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A status as stored.</summary>
    public static FollowUpStatus Parse(string stored) => Enum.Parse<FollowUpStatus>(stored, ignoreCase: true);
}
