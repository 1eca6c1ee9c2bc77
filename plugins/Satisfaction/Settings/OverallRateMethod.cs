namespace Appraisal.Plugins.Satisfaction.Settings;

/// <summary>How the overall 满意率 combines the items.</summary>
internal enum OverallRateMethod
{
    /// <summary>All satisfied answers ÷ all valid answers of the combined items (Hangzhou 总体满意率, §2.3).</summary>
    Pooled,

    /// <summary>Σ weight × item 满意率 ÷ Σ weight, like the combined score.</summary>
    Weighted,
}
