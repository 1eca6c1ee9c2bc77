using System.Diagnostics.CodeAnalysis;

namespace Appraisal.Core.Plugins;

/// <summary>
/// A set of versions given as comparators separated by spaces, all of which must hold, e.g.
/// <c>&gt;=1.0.0 &lt;2.0.0</c>. Operators: <c>&gt;=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>=</c>; a bare
/// version means <c>=</c>. A comparator may shorten its version to <c>1</c> or <c>1.0</c> (read as <c>1.0.0</c>),
/// as the contract's own documentation writes <c>&gt;=1.0 &lt;2.0</c>. Versions are compared by SemVer precedence.
/// </summary>
public sealed class VersionRange
{
    // Longest operators first, so ">=" is not read as ">" followed by "=1.0.0".
    private static readonly string[] Operators = [">=", "<=", ">", "<", "="];

    private readonly Comparator[] _comparators;

    private VersionRange(Comparator[] comparators) => _comparators = comparators;

    /// <summary>Parses a range such as <c>&gt;=1.0.0 &lt;2.0.0</c>.</summary>
    /// <exception cref="FormatException">The text is not a range; the message says which comparator is wrong.</exception>
    public static VersionRange Parse(string text) =>
        TryParse(text, out var range, out var error) ? range : throw new FormatException(error);

    /// <summary>Parses a range; on failure <paramref name="error"/> says which comparator is wrong and why.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VersionRange? range, [NotNullWhen(false)] out string? error)
    {
        range = null;
        var tokens = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0)
        {
            error = "the range is empty";
            return false;
        }

        var comparators = new Comparator[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var op = Operators.FirstOrDefault(o => token.StartsWith(o, StringComparison.Ordinal)) ?? "=";
            var versionText = token.StartsWith(op, StringComparison.Ordinal) ? token[op.Length..] : token;
            if (!SemanticVersion.TryParse(PadShortVersion(versionText), out var version))
            {
                error = $"\"{token}\" is not a comparator such as >=1.0.0 (operators >=, >, <, <=, =)";
                return false;
            }

            comparators[i] = new Comparator(op, version);
        }

        range = new VersionRange(comparators);
        error = null;
        return true;
    }

    /// <summary>True when <paramref name="version"/> satisfies every comparator.</summary>
    public bool Includes(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _comparators.All(c => c.Holds(version));
    }

    public override string ToString() => string.Join(' ', _comparators.Select(c => c.ToString()));

    /// <summary>"1" → "1.0.0" and "1.2" → "1.2.0"; anything with a pre-release or build part is left alone.</summary>
    private static string PadShortVersion(string text)
    {
        if (text.Length == 0 || text.Contains('-', StringComparison.Ordinal) || text.Contains('+', StringComparison.Ordinal))
        {
            return text;
        }

        return text.Count(c => c == '.') switch
        {
            0 => text + ".0.0",
            1 => text + ".0",
            _ => text,
        };
    }

    private sealed record Comparator(string Operator, SemanticVersion Version)
    {
        public bool Holds(SemanticVersion candidate) => Operator switch
        {
            ">=" => candidate >= Version,
            ">" => candidate > Version,
            "<" => candidate < Version,
            "<=" => candidate <= Version,
            _ => candidate == Version,
        };

        public override string ToString() => Operator + Version;
    }
}
