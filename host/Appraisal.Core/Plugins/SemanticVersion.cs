using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Appraisal.Core.Plugins;

/// <summary>
/// A Semantic Versioning 2.0.0 version: <c>MAJOR.MINOR.PATCH</c>, an optional pre-release (<c>-rc.1</c>) and
/// optional build metadata (<c>+build.5</c>). Ordered by SemVer precedence (https://semver.org/#spec-item-11);
/// build metadata takes no part in ordering or equality, as the specification requires.
/// </summary>
public sealed class SemanticVersion : IComparable<SemanticVersion>, IEquatable<SemanticVersion>
{
    private readonly string[] _preRelease;

    private SemanticVersion(int major, int minor, int patch, string[] preRelease, string? build)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        _preRelease = preRelease;
        Build = build;
    }

    public int Major { get; }

    public int Minor { get; }

    public int Patch { get; }

    /// <summary>The dot-separated pre-release identifiers; empty for a release.</summary>
    public IReadOnlyList<string> PreRelease => _preRelease;

    /// <summary>Build metadata after <c>+</c>, or null.</summary>
    public string? Build { get; }

    public bool IsPreRelease => _preRelease.Length > 0;

    /// <summary>Parses a full SemVer such as <c>1.2.0</c> or <c>2.0.0-rc.1+build.7</c>.</summary>
    /// <exception cref="FormatException">The text is not a SemVer.</exception>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version)
            ? version
            : throw new FormatException($"\"{text}\" is not a SemVer such as 1.2.0.");

    /// <summary>Parses a full SemVer; false for anything else (leading zeros, missing parts, bad identifiers).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        string? build = null;
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = text[(plus + 1)..];
            text = text[..plus];
            if (!build.Split('.').All(IsIdentifier))
            {
                return false;
            }
        }

        string[] preRelease = [];
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            preRelease = text[(dash + 1)..].Split('.');
            text = text[..dash];
            if (!preRelease.All(id => IsIdentifier(id) && !(IsNumeric(id) && HasLeadingZero(id))))
            {
                return false;
            }
        }

        var core = text.Split('.');
        if (core.Length != 3
            || !TryParseNumber(core[0], out var major)
            || !TryParseNumber(core[1], out var minor)
            || !TryParseNumber(core[2], out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, preRelease, build);
        return true;
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byCore = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byCore != 0)
        {
            return byCore;
        }

        // A release outranks any of its pre-releases (1.0.0-rc.1 < 1.0.0).
        if (_preRelease.Length == 0 || other._preRelease.Length == 0)
        {
            return other._preRelease.Length.CompareTo(_preRelease.Length);
        }

        for (var i = 0; i < Math.Min(_preRelease.Length, other._preRelease.Length); i++)
        {
            var byIdentifier = CompareIdentifiers(_preRelease[i], other._preRelease[i]);
            if (byIdentifier != 0)
            {
                return byIdentifier;
            }
        }

        return _preRelease.Length.CompareTo(other._preRelease.Length);
    }

    public bool Equals(SemanticVersion? other) => CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is SemanticVersion other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, string.Join('.', _preRelease));

    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
        if (_preRelease.Length > 0)
        {
            text += "-" + string.Join('.', _preRelease);
        }

        return Build is null ? text : text + "+" + Build;
    }

    public static bool operator ==(SemanticVersion? left, SemanticVersion? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(SemanticVersion? left, SemanticVersion? right) => !(left == right);

    public static bool operator <(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) < 0;

    public static bool operator <=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) <= 0;

    public static bool operator >(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) > 0;

    public static bool operator >=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) >= 0;

    private static int Compare(SemanticVersion? left, SemanticVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    /// <summary>Numeric identifiers compare as numbers and rank below alphanumeric ones (spec item 11.4).</summary>
    private static int CompareIdentifiers(string left, string right)
    {
        var leftNumeric = IsNumeric(left);
        var rightNumeric = IsNumeric(right);
        if (leftNumeric && rightNumeric)
        {
            // No leading zeros, so a longer number is a larger one; this avoids overflow on huge identifiers.
            var byLength = left.Length.CompareTo(right.Length);
            return byLength != 0 ? byLength : string.CompareOrdinal(left, right);
        }

        if (leftNumeric != rightNumeric)
        {
            return leftNumeric ? -1 : 1;
        }

        return string.CompareOrdinal(left, right);
    }

    private static bool TryParseNumber(string text, out int value)
    {
        value = 0;
        return text.Length > 0 && IsNumeric(text) && !HasLeadingZero(text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsIdentifier(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static bool IsNumeric(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static bool HasLeadingZero(string text) => text.Length > 1 && text[0] == '0';
}
