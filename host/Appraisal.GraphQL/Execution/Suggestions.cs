namespace Appraisal.GraphQL.Execution;

/// <summary>
/// "Did you mean …?" hints as graphql-js words them: names within an edit distance of 40% of the input's length
/// (a case-only difference counts as 1), closest first, at most five.
/// </summary>
internal static class Suggestions
{
    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        var suggestions = options
            .Select(option => (Option: option, Distance: LexicalDistance(input, option)))
            .Where(s => s.Distance <= threshold)
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Option, StringComparer.Ordinal)
            .Select(s => $"\"{s.Option}\"")
            .Take(5)
            .ToList();
        return suggestions.Count switch
        {
            0 => "",
            1 => $" Did you mean {suggestions[0]}?",
            2 => $" Did you mean {suggestions[0]} or {suggestions[1]}?",
            _ => $" Did you mean {string.Join(", ", suggestions[..^1])}, or {suggestions[^1]}?",
        };
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    private static int LexicalDistance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        var left = a.ToLowerInvariant();
        var right = b.ToLowerInvariant();
        if (left == right)
        {
            return 1;
        }

        var rows = new int[left.Length + 1, right.Length + 1];
        for (var i = 0; i <= left.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= right.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[left.Length, right.Length];
    }
}
