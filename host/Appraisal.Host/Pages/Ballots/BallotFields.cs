using System.Globalization;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// How a ballot's answers are named in its form: <c>q{item}.{subject}</c> for a per-subject item and <c>q{item}</c>
/// for an item asked once, by position in the questionnaire and in the ballot's subject list, with each option's
/// position as its value. Positions, not keys, because a 30-member ballot repeats a name in every radio button and
/// checkbox (the ballot page must stay under 60 KB), and they are stable: a campaign's questionnaire and subjects
/// are fixed once it opens. A position that names nothing is passed on as it is, for the ballot box to refuse.
/// </summary>
public sealed class BallotFields
{
    private readonly Dictionary<string, int> _items;
    private readonly Dictionary<string, int> _subjects;

    public BallotFields(BallotForm ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        Ballot = ballot;
        _items = Positions(ballot.Questionnaire.Items.Select(i => i.Key));
        _subjects = Positions(ballot.Subjects.Select(s => s.Id));
    }

    public BallotForm Ballot { get; }

    /// <summary>Every field of the ballot, in questionnaire order, subject by subject within a per-subject item.</summary>
    public IEnumerable<(QuestionItem Item, Subject? Subject, string Field)> All =>
        Ballot.Questionnaire.Items.SelectMany(item => item.Scope == ItemScope.PerSubject
            ? Ballot.Subjects.Select(subject => (item, (Subject?)subject, Name(item, subject)))
            : [(item, null, Name(item, null))]);

    public string Name(QuestionItem item, Subject? subject)
    {
        ArgumentNullException.ThrowIfNull(item);
        return NameOf(item.Key, subject?.Id) ?? throw new ArgumentException($"Item {item.Key} is not on this ballot.", nameof(item));
    }

    /// <summary>
    /// The field of an item (for a subject), or null when this ballot has no such field: an unknown item or subject,
    /// a subject given for an item asked once, or none given for an item asked per subject.
    /// </summary>
    public string? NameOf(string? itemKey, string? subjectId)
    {
        if (itemKey is null || !_items.TryGetValue(itemKey, out var item)
            || (Ballot.Questionnaire.Items[item].Scope == ItemScope.PerSubject) != (subjectId is not null))
        {
            return null;
        }

        var name = "q" + item.ToString(CultureInfo.InvariantCulture);
        if (subjectId is null)
        {
            return name;
        }

        return _subjects.TryGetValue(subjectId, out var subject) ? name + "." + subject.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The value an option is posted as: its position on the item's scale.</summary>
    public static string Value(int optionPosition) => optionPosition.ToString(CultureInfo.InvariantCulture);

    /// <summary>The option key a posted value stands for; the value itself when it names no option.</summary>
    public static string OptionKey(IReadOnlyList<ScaleOption> options, string value)
    {
        ArgumentNullException.ThrowIfNull(options);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position < options.Count
            ? options[position].Key
            : value;
    }

    /// <summary>The element a problem with this field links to and is shown in.</summary>
    public static string Anchor(string field) => "f-" + field;

    /// <summary>The element that holds a field's error messages, for <c>aria-describedby</c>.</summary>
    public static string ErrorId(string field) => "e-" + field;

    private static Dictionary<string, int> Positions(IEnumerable<string> keys)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var key in keys)
        {
            positions.TryAdd(key, position++);
        }

        return positions;
    }
}
