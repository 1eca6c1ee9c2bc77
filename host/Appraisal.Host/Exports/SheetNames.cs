namespace Appraisal.Host.Exports;

/// <summary>
/// Worksheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an
/// apostrophe, not empty, and unique without regard to case. Report table titles come from plugins, so they are
/// made to fit rather than trusted.
/// </summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Reserve(string wanted)
    {
        var cleaned = new string([.. wanted.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']') && !char.IsControl(c))])
            .Trim().Trim('\'');
        var name = Fit(cleaned.Length == 0 ? "Sheet" : cleaned, "");
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = Fit(cleaned.Length == 0 ? "Sheet" : cleaned, $" ({n})");
        }

        return name;
    }

    /// <summary>Cuts the base so base + suffix fits, without splitting a surrogate pair.</summary>
    private static string Fit(string name, string suffix)
    {
        var room = MaxLength - suffix.Length;
        if (name.Length > room)
        {
            name = name[..(char.IsHighSurrogate(name[room - 1]) ? room - 1 : room)].TrimEnd();
        }

        return name + suffix;
    }
}
