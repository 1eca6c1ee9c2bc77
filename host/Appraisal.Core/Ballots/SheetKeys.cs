using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The numbering a compact sheet (<see cref="CompactSheetCodec"/>) is written in: the campaign's items in
/// questionnaire order, each item's options in its scale's order, and its subjects in roster order. A campaign's
/// questionnaire and subjects change only while it is a draft (and resetting a trial deletes its ballots), so every
/// sheet of a box is read with the numbering it was written in.
/// </summary>
public sealed class SheetKeys
{
    private readonly string[] _items;
    private readonly string[][] _options;
    private readonly string[] _subjects;
    private readonly Dictionary<string, int> _itemNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _optionNumbers;
    private readonly Dictionary<string, int> _subjectNumbers = new(StringComparer.Ordinal);

    private SheetKeys(string[] items, string[][] options, string[] subjects)
    {
        _items = items;
        _options = options;
        _subjects = subjects;
        _optionNumbers = new Dictionary<string, int>[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            // A duplicate key keeps its first number: decoding gives back the same string either way.
            _itemNumbers.TryAdd(items[i], i);
            _optionNumbers[i] = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var o = 0; o < options[i].Length; o++)
            {
                _optionNumbers[i].TryAdd(options[i][o], o);
            }
        }

        for (var s = 0; s < subjects.Length; s++)
        {
            _subjectNumbers.TryAdd(subjects[s], s);
        }
    }

    /// <summary>The numbering of a campaign's questionnaire and subjects (its whole roster, in order).</summary>
    public static SheetKeys Of(Questionnaire questionnaire, IReadOnlyList<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(subjects);
        var items = questionnaire.Items ?? [];
        var itemKeys = new string[items.Count];
        var options = new string[items.Count][];
        for (var i = 0; i < items.Count; i++)
        {
            // A null key numbers as "", which no valid answer names, so such an answer is simply not compactable.
            itemKeys[i] = items[i]?.Key ?? "";
            var scale = items[i]?.ScaleKey is { } scaleKey ? questionnaire.Scales?.FirstOrDefault(s => s?.Key == scaleKey) : null;
            options[i] = [.. (scale?.Options ?? []).Select(o => o?.Key ?? "")];
        }

        return new SheetKeys(itemKeys, options, [.. subjects.Select(s => s?.Id ?? "")]);
    }

    public int ItemCount => _items.Length;

    public int SubjectCount => _subjects.Length;

    public string Item(int number) => _items[number];

    public int OptionCount(int item) => _options[item].Length;

    public string Option(int item, int number) => _options[item][number];

    public string Subject(int number) => _subjects[number];

    public bool TryItem(string key, out int number) => _itemNumbers.TryGetValue(key, out number);

    public bool TryOption(int item, string key, out int number) => _optionNumbers[item].TryGetValue(key, out number);

    public bool TrySubject(string id, out int number) => _subjectNumbers.TryGetValue(id, out number);
}
