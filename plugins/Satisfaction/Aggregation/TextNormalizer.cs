using System.Text;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// Free text as the report shows and compares it: trimmed, every run of white space one space, so "窗口 排队久"
/// and " 窗口  排队久 " count as the same comment. Case and punctuation are kept: they may carry meaning.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>The normalised text, or null when nothing but white space is left.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
