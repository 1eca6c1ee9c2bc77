namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>
/// The combined result: 测评得分 = Σ wⱼ·Sⱼ ÷ Σ wⱼ over the items with a positive weight and enough valid answers
/// to be shown (§2.4, S = Σ λⱼ·Sⱼ with the λ normalised); 满意率 pooled or weighted as configured.
/// </summary>
/// <param name="Suppressed">No item could be combined.</param>
/// <param name="ItemsCombined">Items that entered the result.</param>
/// <param name="WeightTotal">Σ wⱼ of those items, the normaliser.</param>
/// <param name="Valid">Valid answers of those items.</param>
/// <param name="SatisfactionRate">Overall 满意率 in percent.</param>
/// <param name="Score">Overall 测评得分.</param>
public sealed record SatisfactionOverall(
    bool Suppressed,
    int ItemsCombined,
    decimal WeightTotal,
    int Valid,
    decimal? SatisfactionRate,
    decimal? Score);
