using System.Globalization;
using System.Text.Json;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// What a test cast, counted by the test itself: how often each option was chosen per (rater group, item,
/// subject). End-to-end tests work their expected report values out of these counts, never out of plugin code.
/// </summary>
internal sealed class CastCounts
{
    private readonly Dictionary<(string Group, string Item, string? Subject, string Option), int> _chosen = [];
    private readonly Dictionary<(string Group, string Item, string? Subject), int> _answered = [];

    public void Add(string group, string item, string? subject, params string[] options)
    {
        _answered[(group, item, subject)] = Answered(group, item, subject) + 1;
        foreach (var option in options)
        {
            _chosen[(group, item, subject, option)] = Count(group, item, subject, option) + 1;
        }
    }

    public int Count(string group, string item, string? subject, string option) => _chosen.GetValueOrDefault((group, item, subject, option));

    /// <summary>Answers with at least one option, abstentions included.</summary>
    public int Answered(string group, string item, string? subject) => _answered.GetValueOrDefault((group, item, subject));

    /// <summary>A weighted draw: index i comes up with odds weights[i] ÷ Σ weights.</summary>
    public static int Pick(Random random, params int[] weights)
    {
        var roll = random.Next(weights.Sum());
        var index = 0;
        while (roll >= weights[index])
        {
            roll -= weights[index++];
        }

        return index;
    }

    /// <summary>A percent as the reports publish it: two places, halves away from zero.</summary>
    public static decimal Percent(decimal part, decimal whole) => Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>A number the way both sides of a comparison print it, so 25 and 25.00 read alike.</summary>
    public static string Print(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "–";

    public static int? IntOrNull(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt32();

    public static decimal? DecimalOrNull(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
