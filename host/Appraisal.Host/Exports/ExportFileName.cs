using System.Text;
using Microsoft.Net.Http.Headers;

namespace Appraisal.Host.Exports;

/// <summary>
/// <c>Content-Disposition: attachment</c> with two names (RFC 6266): <c>filename</c>, plain ASCII any client can
/// save, and <c>filename*</c>, the campaign title in UTF-8, which browsers prefer. Titles are organisers' free text:
/// path separators, quotes and control characters never reach either name.
/// </summary>
internal static class ExportFileName
{
    public static string ContentDisposition(string campaignId, string title, string file)
    {
        var header = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{Ascii(campaignId, "campaign")}-{file}",
            FileNameStar = $"{Readable(title)}-{file}",
        };
        return header.ToString();
    }

    /// <summary>Letters, digits, '-' and '_' of <paramref name="text"/>, or <paramref name="fallback"/> when none are left.</summary>
    public static string Ascii(string text, string fallback)
    {
        var kept = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                kept.Append(c);
            }
        }

        return kept.Length == 0 ? fallback : kept.ToString(0, Math.Min(kept.Length, 80));
    }

    private static string Readable(string title)
    {
        var kept = new StringBuilder();
        foreach (var c in title.Trim())
        {
            kept.Append(char.IsControl(c) || c is '/' or '\\' or '"' or ':' or '*' or '?' or '<' or '>' or '|' ? '_' : c);
        }

        return kept.Length == 0 ? "campaign" : kept.ToString(0, Math.Min(kept.Length, 80));
    }
}
