namespace Appraisal.GraphQL.Validation;

/// <summary>"Did you mean …?" hints: the options closest to a misspelt name, as graphql-js ranks them.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary><c> Did you mean "a", "b", or "c"?</c>, or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? what = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToArray();
        var list = quoted.Length switch
        {
            1 => quoted[0],
            2 => quoted[0] + " or " + quoted[1],
            _ => string.Join(", ", quoted[..^1]) + ", or " + quoted[^1],
        };
        return " Did you mean " + (what is null ? "" : what + " ") + list + "?";
    }

    /// <summary>The options within a small edit distance of <paramref name="input"/>, closest first.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (Distance(input, inputLower, option, threshold) is { } distance)
            {
                found.TryAdd(option, distance);
            }
        }

        var result = found.Keys.ToList();
        result.Sort((a, b) => found[a] != found[b] ? found[a] - found[b] : NaturalCompare(a, b));
        return result;
    }

    /// <summary>Orders names with digit runs compared as numbers: <c>a2</c> before <c>a10</c>.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var x = ReadNumber(a, ref i);
                var y = ReadNumber(b, ref j);
                if (x != y)
                {
                    return x < y ? -1 : 1;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    // Like graphql-js: a run starting with 0 stops after that digit.
    private static long ReadNumber(string s, ref int index)
    {
        long number = 0;
        do
        {
            number = (number * 10) + (s[index] - '0');
            index++;
        }
        while (index < s.Length && char.IsAsciiDigit(s[index]) && number > 0);
        return number;
    }

    // Damerau-Levenshtein (optimal string alignment) on lower-cased text; a case-only difference counts 1.
    private static int? Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
