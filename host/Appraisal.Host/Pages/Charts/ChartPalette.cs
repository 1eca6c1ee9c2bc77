namespace Appraisal.Host.Pages.Charts;

/// <summary>
/// Series colours: each has at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 of graphics) and white text on it
/// reads at 4.5:1 or more. Every other series is hatched as well, so neighbours differ without colour, and the
/// legend, captions and the table beside each chart say the same in words.
/// </summary>
public static class ChartPalette
{
    private static readonly string[] Colours = ["#1d6b34", "#0b4f8a", "#8a4b00", "#9b1c1c", "#5b3a8a", "#3f4a52"];

    public static string Fill(int series) => Colours[Math.Abs(series) % Colours.Length];

    /// <summary>Whether the series is drawn hatched (white stripes over its colour).</summary>
    public static bool Hatched(int series) => series % 2 == 1;
}
