using System.Diagnostics.CodeAnalysis;

namespace Appraisal.Core.Campaigns;

/// <summary>The shapes of keys and names campaigns accept.</summary>
internal static class InputRules
{
    /// <summary>Keys are stored in ballots and URLs: 1–64 of <c>[A-Za-z0-9_.-]</c>.</summary>
    public static bool IsKey([NotNullWhen(true)] string? key) =>
        key is { Length: > 0 and <= 64 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>A display text: not blank, at most <paramref name="max"/> characters, no control characters.</summary>
    public static bool IsText([NotNullWhen(true)] string? text, int max) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= max && !text.Any(char.IsControl);
}
