namespace Appraisal.Host.Exports;

/// <summary>
/// The OWASP CSV-injection defence: a text cell starting with = + - @ (or a tab or carriage return, which some
/// spreadsheets skip before reading a formula) gets a leading apostrophe, so Excel shows it as text instead of
/// running it. Applied to text cells of every export, CSV and XLSX alike; numbers are written as numbers and need none.
/// </summary>
internal static class FormulaGuard
{
    public const char Escape = '\'';

    public static string Apply(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? Escape + text : text;
}
