namespace Appraisal.Core.Declarative;

/// <summary>Reported numbers are rounded half away from zero (四舍五入), as scores are rounded on paper, not to even.</summary>
internal static class Rounding
{
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
