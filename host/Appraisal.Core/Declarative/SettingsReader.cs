using System.Globalization;

namespace Appraisal.Core.Declarative;

/// <summary>
/// Reads the string settings of a built-in strategy or rule. Each value that cannot be used is reported with its
/// key and the fallback is kept: at load the report makes the plugin NotSupported, while at tally time a campaign's
/// bad override only becomes a note in the report's rules table (one campaign's typo must not take a type down).
/// </summary>
internal sealed class SettingsReader(IReadOnlyDictionary<string, string> values, Action<string, string> report)
{
    /// <summary>Reports every key that is not in <paramref name="known"/>.</summary>
    public void RejectUnknown(IReadOnlyList<string> known)
    {
        foreach (var key in values.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            report(key, $"is not a setting of this strategy (known: {string.Join(", ", known)})");
        }
    }

    public int Integer(string key, int fallback, int min, int max)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        report(key, $"must be a whole number from {min} to {max}, got \"{text}\"");
        return fallback;
    }

    public decimal Number(string key, decimal fallback, decimal min, decimal max)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (TryNumber(text, out var value) && value >= min && value <= max)
        {
            return value;
        }

        report(key, $"must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, got \"{text}\"");
        return fallback;
    }

    public string Choice(string key, string fallback, params string[] choices)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (choices.Contains(text))
        {
            return text;
        }

        report(key, $"must be one of {string.Join(", ", choices.Select(c => $"\"{c}\""))}, got \"{text}\"");
        return fallback;
    }

    public bool Boolean(string key, bool fallback) => Choice(key, fallback ? "true" : "false", "true", "false") == "true";

    /// <summary>
    /// A list <c>name:number, name:number</c> (e.g. <c>peer:0.3, superior:0.4</c> or <c>90:优秀</c> read the other
    /// way round by <see cref="Tiers"/>); names are kept in the order given and must be distinct.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> NamedNumbers(
        string key, IReadOnlyList<KeyValuePair<string, decimal>> fallback, string example, decimal min, decimal max)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        var pairs = new List<KeyValuePair<string, decimal>>();
        foreach (var part in Parts(text))
        {
            var colon = part.LastIndexOf(':');
            var name = colon > 0 ? part[..colon].Trim() : "";
            if (colon <= 0 || name.Length == 0 || !TryNumber(part[(colon + 1)..].Trim(), out var number) || number < min || number > max
                || pairs.Any(p => p.Key == name))
            {
                report(key, $"must be a list of distinct name:number pairs with numbers from {min.ToString(CultureInfo.InvariantCulture)} " +
                    $"to {max.ToString(CultureInfo.InvariantCulture)}, such as \"{example}\"; \"{part}\" is not one");
                return fallback;
            }

            pairs.Add(KeyValuePair.Create(name, number));
        }

        return pairs;
    }

    /// <summary>Tiers <c>90:优秀, 80:称职, 60:基本称职, 0:不称职</c>: a score at or above a threshold earns its label; highest first.</summary>
    public IReadOnlyList<Tier> Tiers(string key, IReadOnlyList<Tier> fallback)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        var tiers = new List<Tier>();
        foreach (var part in Parts(text))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            var label = colon > 0 ? part[(colon + 1)..].Trim() : "";
            if (colon <= 0 || label.Length == 0 || !TryNumber(part[..colon].Trim(), out var minimum) || tiers.Any(t => t.Minimum == minimum))
            {
                report(key, $"must be a list of distinct threshold:label pairs, such as \"90:优秀, 80:称职, 60:基本称职, 0:不称职\"; \"{part}\" is not one");
                return fallback;
            }

            tiers.Add(new Tier(minimum, label));
        }

        return [.. tiers.OrderByDescending(t => t.Minimum)];
    }

    private static IEnumerable<string> Parts(string text) =>
        text.Split([',', '，', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
