using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Exports;

/// <summary>
/// The columns of the ballots sheet, fixed before the first row so rows can stream: 选票编号, 评议群体, then for each
/// item in questionnaire order (per subject, in roster order, for per-subject items) the option key(s) and, beside it,
/// the option label(s); a text item has one column with the text; then 其他答案 for anything the questionnaire does not
/// name, and the sheet's digest. Header row 1 is Chinese for people, row 2 the stable keys for scripts.
/// </summary>
internal sealed class BallotColumns
{
    /// <summary>Several ticked options of a checklist item share one cell.</summary>
    public const string OptionSeparator = ";";

    private readonly Questionnaire _questionnaire;
    private readonly Dictionary<(string Item, string? Subject), int> _firstColumn = [];
    private readonly List<(string Zh, string Key)> _headers = [("选票编号", "sheet_id"), ("评议群体", "rater_group")];

    public BallotColumns(Questionnaire questionnaire, IReadOnlyList<Subject> subjects)
    {
        _questionnaire = questionnaire;
        foreach (var item in questionnaire.Items)
        {
            var rated = item.Scope == ItemScope.PerSubject ? subjects.Cast<Subject?>() : [default(Subject)];
            foreach (var subject in rated)
            {
                var zh = subject is null ? item.Text.ZhCn : $"{item.Text.ZhCn}｜{subject.Name}";
                var key = subject is null ? item.Key : $"{item.Key}@{subject.Id}";
                _firstColumn[(item.Key, subject?.Id)] = _headers.Count;
                if (item.Kind == ItemKind.Text)
                {
                    _headers.Add((zh, key));
                }
                else
                {
                    _headers.Add((zh + "（选项键）", key));
                    _headers.Add((zh + "（选项）", key + ":label"));
                }
            }
        }

        OtherColumn = _headers.Count;
        _headers.Add(("其他答案", "other_answers"));
        _headers.Add(("选票摘要", "sheet_digest"));
    }

    /// <summary>Column of answers the questionnaire has no column for.</summary>
    public int OtherColumn { get; }

    public int Count => _headers.Count;

    public IReadOnlyList<ExportCell> ChineseHeader => [.. _headers.Select(h => ExportCell.Of(h.Zh))];

    public IReadOnlyList<ExportCell> KeyHeader => [.. _headers.Select(h => ExportCell.Of(h.Key))];

    public ExportCell[] Row(PublishedSheet sheet)
    {
        var cells = new ExportCell[_headers.Count];
        cells[0] = sheet.Id;
        cells[1] = sheet.GroupKey;
        var other = new List<string>();
        foreach (var answer in sheet.Answers)
        {
            var item = _questionnaire.FindItem(answer.ItemKey);
            if (item is null || !_firstColumn.TryGetValue((answer.ItemKey, answer.SubjectId), out var column))
            {
                other.Add(Describe(answer));
            }
            else if (item.Kind == ItemKind.Text)
            {
                cells[column] = answer.Text;
            }
            else
            {
                var scale = _questionnaire.FindScale(item.ScaleKey);
                cells[column] = string.Join(OptionSeparator, answer.OptionKeys);
                cells[column + 1] = string.Join(OptionSeparator, answer.OptionKeys.Select(o => scale?.FindOption(o)?.Label.ZhCn ?? o));
                if (answer.Text is not null)
                {
                    other.Add(Describe(answer));
                }
            }
        }

        cells[OtherColumn] = other.Count == 0 ? null : string.Join(" | ", other);
        cells[OtherColumn + 1] = sheet.Digest;
        return cells;
    }

    private static string Describe(Answer answer) =>
        $"{answer.ItemKey}{(answer.SubjectId is null ? "" : "@" + answer.SubjectId)}={string.Join(OptionSeparator, answer.OptionKeys)}"
        + (answer.Text is null ? "" : ":" + answer.Text);
}
