using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// One pass over the ballots: option counts per choice item (all subjects together and per subject), who
/// answered anything, each 差评 with the reason given on the same ballot, and the remaining free text. Counts
/// are flat arrays indexed by option, not <c>OptionTally</c> lookups, whose all-groups count scans its whole
/// dictionary on every call. Nothing about a ballot's position is kept.
/// </summary>
internal sealed class BallotTally
{
    private readonly Dictionary<string, ChoiceItem> _choices;
    private readonly Dictionary<string, QuestionItem> _texts;
    private readonly Dictionary<string, ReasonItem[]> _reasonsByChoice;

    public BallotTally(IReadOnlyList<ChoiceItem> choices, IReadOnlyList<QuestionItem> textItems, IReadOnlyList<ReasonItem> reasons)
    {
        _choices = choices.ToDictionary(c => c.Item.Key, StringComparer.Ordinal);
        _texts = textItems.ToDictionary(t => t.Key, StringComparer.Ordinal);
        _reasonsByChoice = reasons.GroupBy(r => r.Choice.Item.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Pooled = [.. choices.Select(c => new int[c.Scale.Options.Count])];
    }

    /// <summary>Option counts per choice item (by <see cref="ChoiceItem.Position"/>), all subjects together.</summary>
    public int[][] Pooled { get; }

    /// <summary>Option counts per (choice item position, subject) for answers that name a subject.</summary>
    public Dictionary<(int Choice, string Subject), int[]> BySubject { get; } = [];

    /// <summary>Sheets with at least one answer for the subject.</summary>
    public Dictionary<string, int> SubjectRespondents { get; } = new(StringComparer.Ordinal);

    /// <summary>Sheets with at least one per-ballot answer.</summary>
    public int BallotRespondents { get; private set; }

    /// <summary>Every 差评, in no meaningful order.</summary>
    public List<RawComplaint> Complaints { get; } = [];

    /// <summary>Free texts that are not the reason of a 差评, per (text item, subject).</summary>
    public Dictionary<(string Item, string? Subject), List<string>> Comments { get; } = [];

    public void Count(IReadOnlyList<AnonymousBallot> ballots, CancellationToken cancellationToken)
    {
        // Reused per ballot, so a large tally allocates per text, not per ballot.
        var texts = new Dictionary<(string Item, string? Subject), string>();
        var used = new HashSet<(string Item, string? Subject)>();
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < ballots.Count; b++)
        {
            if ((b & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (ballots[b]?.Answers is not { } answers)
            {
                continue;
            }

            texts.Clear();
            used.Clear();
            subjects.Clear();
            var perBallot = false;
            foreach (var answer in answers)
            {
                if (answer?.ItemKey is null || ((answer.OptionKeys?.Count ?? 0) == 0 && string.IsNullOrEmpty(answer.Text)))
                {
                    continue;
                }

                if (answer.SubjectId is { } subject)
                {
                    subjects.Add(subject);
                }
                else
                {
                    perBallot = true;
                }

                if (_texts.ContainsKey(answer.ItemKey) && TextNormalizer.Normalize(answer.Text) is { } text)
                {
                    texts[(answer.ItemKey, answer.SubjectId)] = text;
                }
            }

            BallotRespondents += perBallot ? 1 : 0;
            foreach (var subject in subjects)
            {
                SubjectRespondents[subject] = SubjectRespondents.GetValueOrDefault(subject) + 1;
            }

            foreach (var answer in answers)
            {
                if (answer?.ItemKey is { } key && _choices.TryGetValue(key, out var choice) && answer.OptionKeys is [{ } optionKey])
                {
                    CountChoice(choice, answer.SubjectId, optionKey, texts, used);
                }
            }

            foreach (var (cell, text) in texts)
            {
                if (!used.Contains(cell))
                {
                    if (!Comments.TryGetValue(cell, out var list))
                    {
                        Comments[cell] = list = [];
                    }

                    list.Add(text);
                }
            }
        }
    }

    private void CountChoice(
        ChoiceItem choice,
        string? subjectId,
        string optionKey,
        Dictionary<(string Item, string? Subject), string> texts,
        HashSet<(string Item, string? Subject)> used)
    {
        var option = choice.Scale.IndexOf(optionKey);
        if (option < 0)
        {
            return; // not on the scale; the host refuses such ballots, so only a changed questionnaire gets here
        }

        Pooled[choice.Position][option]++;
        if (subjectId is not null)
        {
            if (!BySubject.TryGetValue((choice.Position, subjectId), out var counts))
            {
                BySubject[(choice.Position, subjectId)] = counts = new int[choice.Scale.Options.Count];
            }

            counts[option]++;
        }

        if (!choice.Scale.Options[option].Complaint)
        {
            return;
        }

        string? reason = null;
        foreach (var reasonItem in _reasonsByChoice.GetValueOrDefault(choice.Item.Key) ?? [])
        {
            var cell = (reasonItem.Item.Key, reasonItem.Item.Scope == ItemScope.PerSubject ? subjectId : null);
            if (reasonItem.Options.Contains(optionKey) && texts.TryGetValue(cell, out var text))
            {
                reason = text;
                used.Add(cell);
                break;
            }
        }

        Complaints.Add(new RawComplaint(choice, subjectId, option, reason));
    }
}
