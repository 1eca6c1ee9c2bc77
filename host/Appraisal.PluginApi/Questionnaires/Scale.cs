namespace Appraisal.PluginApi.Questionnaires;

/// <summary>
/// An ordered answer scale, e.g. 非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意 with 100/80/60/30/0, or
/// 优秀 / 合格 / 基本合格 / 不合格. The numeric values are campaign settings shown on every report.
/// </summary>
public sealed record Scale(string Key, LocalizedText Name, IReadOnlyList<ScaleOption> Options)
{
    /// <summary>The option with this key, or null.</summary>
    public ScaleOption? FindOption(string key) => Options.FirstOrDefault(o => o.Key == key);
}
