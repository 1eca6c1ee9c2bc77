using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// What a voter entered, field by field (<see cref="BallotFields"/>): read from a posted form, shown again when the
/// form comes back with problems, carried through the confirmation step in hidden fields, and turned into answers.
/// Only the fields the ballot has are read; anything else in the form is ignored.
/// </summary>
public sealed class BallotEntries
{
    private readonly Dictionary<string, string[]> _values;

    private BallotEntries(Dictionary<string, string[]> values) => _values = values;

    public static BallotEntries None { get; } = new(new Dictionary<string, string[]>(StringComparer.Ordinal));

    /// <summary>Every field with something in it, value by value: what the confirmation step carries in hidden fields.</summary>
    public IEnumerable<(string Field, string Value)> Fields =>
        _values.SelectMany(pair => pair.Value.Select(value => (pair.Key, value)));

    public static BallotEntries Read(IFormCollection form, BallotFields fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (item, _, field) in fields.All)
        {
            if (!form.TryGetValue(field, out var posted))
            {
                continue;
            }

            string[] kept = item.Kind == ItemKind.Text
                ? [.. posted.Take(1).Select(NormalizeText).Where(text => !string.IsNullOrWhiteSpace(text))]
                : [.. posted.Where(value => !string.IsNullOrEmpty(value)).Select(value => value!)];
            if (kept.Length > 0)
            {
                values[field] = kept;
            }
        }

        return new BallotEntries(values);
    }

    public bool IsChosen(string field, int optionPosition) =>
        _values.TryGetValue(field, out var values) && values.Contains(BallotFields.Value(optionPosition), StringComparer.Ordinal);

    public IReadOnlyList<string> Values(string field) => _values.TryGetValue(field, out var values) ? values : [];

    public string Text(string field) => Values(field) is [var text, ..] ? text : "";

    public bool Has(string field) => _values.ContainsKey(field);

    /// <summary>The chosen options' keys (a posted value that names no option is kept as it came).</summary>
    public IReadOnlyList<string> OptionKeys(string field, IReadOnlyList<ScaleOption> options) =>
        [.. Values(field).Select(value => BallotFields.OptionKey(options, value))];

    /// <summary>The answers as the ballot box takes them: one per filled field, in questionnaire order.</summary>
    public IReadOnlyList<Answer> ToAnswers(BallotFields fields, BallotLayout layout)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(layout);
        var answers = new List<Answer>();
        foreach (var (item, subject, field) in fields.All)
        {
            if (Has(field))
            {
                answers.Add(item.Kind == ItemKind.Text
                    ? new Answer(item.Key, subject?.Id, [], Text(field))
                    : new Answer(item.Key, subject?.Id, OptionKeys(field, layout.Options(item))));
            }
        }

        return answers;
    }

    /// <summary>
    /// Browsers send a textarea's line breaks as CRLF but count each as one character against <c>maxlength</c>; read
    /// them as LF so text the browser accepted is not refused as too long.
    /// </summary>
    private static string NormalizeText(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
}
