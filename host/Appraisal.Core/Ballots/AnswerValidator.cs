using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Ballots;

/// <summary>
/// Checks a ballot's answers against its questionnaire before anything is stored. The codes are listed in
/// <see cref="AnswerProblems"/>; every problem names the item and, where there is one, the subject, so the
/// ballot page can show it next to the field.
/// </summary>
/// <remarks>
/// <para>It runs on every submission (thousands a second at the peak of a campaign), so it is one pass over the
/// answers plus one over the item × subject grid, with dictionaries and flat arrays and no search: the cost is
/// O(answers + items × subjects). A ballot with more answers than that grid has cells is refused with
/// <see cref="AnswerProblems.TooManyAnswers"/> before anything else, so a huge garbage submission is cheap.
/// Option lists are scanned only until their first problem, and a valid option list is no longer than its scale.</para>
/// <para>It never throws: the input comes from the network, so nulls anywhere (the lists, entries in them,
/// keys) are reported as problems rather than dereferenced. A null answer or subject list counts as empty. A
/// questionnaire that cannot define a valid ballot (null entries, duplicate keys, a missing scale, a condition on
/// an unknown item or a cycle of conditions) gets the single problem
/// <see cref="AnswerProblems.InvalidQuestionnaire"/>: failing closed, since guessing would accept ballots that
/// later cannot be tallied.</para>
/// <para>What "answered" means: an answer with no options and null or empty text is no answer at all. It is
/// never a problem by itself (a page may send blank answers for every field), but it does not satisfy a
/// required item.</para>
/// <para>Conditions (<see cref="QuestionItem.ShowWhen"/>): a per-subject item is shown for a subject when the
/// condition item's answer for the same subject has one of the listed options; a per-ballot item when the
/// ballot's answer to a per-ballot condition item has one. Two mixed cases follow the same idea: a per-subject
/// item that depends on a per-ballot item looks at the ballot's answer, and a per-ballot item that depends on a
/// per-subject item is shown when any subject's answer qualifies. Conditions chain: an item whose condition
/// item is itself hidden is hidden, because that answer should not exist. When the answer a condition depends
/// on is itself faulty, whether the item is shown cannot be decided, so neither <see cref="AnswerProblems.NotShown"/>
/// nor <see cref="AnswerProblems.Required"/> is reported for it; the fault itself already is.</para>
/// </remarks>
public static class AnswerValidator
{
    private const byte Hidden = 0, Shown = 1, Undecided = 2;

    /// <summary>Every problem with <paramref name="answers"/>; empty when they may be stored.</summary>
    /// <param name="questionnaire">The campaign's questionnaire.</param>
    /// <param name="subjects">The subjects this ballot must rate; per-subject items are asked once for each.</param>
    /// <param name="answers">The answers as submitted.</param>
    public static IReadOnlyList<BallotProblem> Check(
        Questionnaire questionnaire,
        IReadOnlyList<Subject> subjects,
        IReadOnlyList<Answer> answers)
    {
        var index = QuestionnaireIndex.For(questionnaire, out var faultyItemKey);
        if (index is null)
        {
            return [AnswerProblems.InvalidQuestionnaireProblem(faultyItemKey)];
        }

        subjects ??= [];
        answers ??= [];
        var items = index.Items;
        if (answers.Count > (long)items.Length * Math.Max(1, subjects.Count))
        {
            return [AnswerProblems.TooManyAnswersProblem()];
        }

        var problems = new List<BallotProblem>();
        var subjectIds = IndexSubjects(subjects, problems, out var subjectPositions);

        // One cell per (item, subject) for per-subject items and one per per-ballot item, laid out item by item.
        var columns = new int[items.Length];
        var firstCell = new int[items.Length];
        var cellCount = 0;
        for (var i = 0; i < items.Length; i++)
        {
            columns[i] = items[i].Scope == ItemScope.PerSubject ? subjectIds.Count : 1;
            firstCell[i] = cellCount;
            cellCount += columns[i];
        }

        var answerInCell = new int[cellCount]; // answer position + 1; 0 when the cell is unanswered
        var cellIsFaulty = new bool[cellCount];
        for (var a = 0; a < answers.Count; a++)
        {
            var answer = answers[a];
            if (answer is null)
            {
                problems.Add(AnswerProblems.NullAnswerProblem());
                continue;
            }

            if (answer.ItemKey is null || !index.ItemPositions.TryGetValue(answer.ItemKey, out var position))
            {
                problems.Add(AnswerProblems.UnknownItemProblem(answer.ItemKey, answer.SubjectId));
                continue;
            }

            var item = items[position];
            int column;
            if (item.Scope == ItemScope.PerSubject)
            {
                if (answer.SubjectId is null || !subjectPositions.TryGetValue(answer.SubjectId, out column))
                {
                    problems.Add(AnswerProblems.UnknownSubjectProblem(item.Key, answer.SubjectId));
                    continue;
                }
            }
            else if (answer.SubjectId is not null)
            {
                problems.Add(AnswerProblems.UnexpectedSubjectProblem(item.Key, answer.SubjectId));
                continue;
            }
            else
            {
                column = 0;
            }

            var cell = firstCell[position] + column;
            if (answerInCell[cell] != 0)
            {
                problems.Add(AnswerProblems.DuplicateAnswerProblem(item.Key, answer.SubjectId));
                continue;
            }

            answerInCell[cell] = a + 1;
            var before = problems.Count;
            CheckContent(item, index.Options[position], answer, problems);
            cellIsFaulty[cell] = problems.Count != before;
        }

        var visibility = ComputeVisibility(index, answers, columns, firstCell, answerInCell, cellIsFaulty);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            for (var column = 0; column < columns[i]; column++)
            {
                var cell = firstCell[i] + column;
                var subjectId = item.Scope == ItemScope.PerSubject ? subjectIds[column] : null;
                var answered = answerInCell[cell] != 0 && !IsBlank(answers[answerInCell[cell] - 1]);
                if (answered && visibility[cell] == Hidden)
                {
                    problems.Add(AnswerProblems.NotShownProblem(item.Key, subjectId));
                }
                else if (!answered && item.Required && visibility[cell] == Shown)
                {
                    problems.Add(AnswerProblems.RequiredProblem(item.Key, subjectId));
                }
            }
        }

        return problems.Count == 0 ? [] : problems;
    }

    /// <summary>
    /// Subject id → column. A subject listed twice is asked once; a null entry or a null id is reported, since
    /// the list is built by the host and a hole in it is a bug that must not pass unnoticed.
    /// </summary>
    private static List<string> IndexSubjects(
        IReadOnlyList<Subject> subjects,
        List<BallotProblem> problems,
        out Dictionary<string, int> positions)
    {
        var ids = new List<string>(subjects.Count);
        positions = new Dictionary<string, int>(subjects.Count, StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            if (subject?.Id is not { } id)
            {
                problems.Add(AnswerProblems.NullSubjectProblem());
            }
            else if (positions.TryAdd(id, ids.Count))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Checks what an answer says, as opposed to where it belongs; adds at most a few problems.</summary>
    private static void CheckContent(
        QuestionItem item,
        Dictionary<string, int>? scale,
        Answer answer,
        List<BallotProblem> problems)
    {
        var options = answer.OptionKeys ?? [];
        var hasText = !string.IsNullOrEmpty(answer.Text);
        if (item.Kind == ItemKind.Text || scale is null)
        {
            if (options.Count > 0)
            {
                problems.Add(AnswerProblems.UnexpectedOptionProblem(item.Key, answer.SubjectId));
            }

            if (hasText)
            {
                CheckText(item, answer, problems);
            }

            return;
        }

        if (item.Kind == ItemKind.Choice)
        {
            if (options.Count > 1)
            {
                problems.Add(AnswerProblems.OneOptionProblem(item.Key, answer.SubjectId));
            }
            else if (options.Count == 1 && (options[0] is not { } key || !scale.ContainsKey(key)))
            {
                problems.Add(AnswerProblems.NotOnScaleProblem(item.Key, answer.SubjectId));
            }
        }
        else if (options.Count > 0)
        {
            CheckTicks(item, scale, answer, options, problems);
        }

        if (hasText)
        {
            problems.Add(AnswerProblems.UnexpectedTextProblem(item.Key, answer.SubjectId));
        }
    }

    /// <summary>
    /// A checklist's ticks, stopping at the first problem. Each tick is marked off by its position on the scale,
    /// so after as many ticks as the scale has options the next one is off the scale or a repeat: the loop runs
    /// at most scale-length + 1 times however long the submitted list is.
    /// </summary>
    private static void CheckTicks(
        QuestionItem item,
        Dictionary<string, int> scale,
        Answer answer,
        IReadOnlyList<string> options,
        List<BallotProblem> problems)
    {
        const int StackLimit = 256;
        var ticked = scale.Count <= StackLimit ? stackalloc bool[scale.Count] : new bool[scale.Count];
        foreach (var key in options)
        {
            if (key is null || !scale.TryGetValue(key, out var position))
            {
                problems.Add(AnswerProblems.NotOnScaleProblem(item.Key, answer.SubjectId));
                return;
            }

            if (ticked[position])
            {
                problems.Add(AnswerProblems.DuplicateOptionProblem(item.Key, answer.SubjectId));
                return;
            }

            ticked[position] = true;
        }
    }

    /// <summary>
    /// Free text: its length is counted in Unicode scalar values (a 𠀀 or an emoji is one character to the rater,
    /// though two UTF-16 units), and it must be storable text: no lone surrogate, and no control character other
    /// than line feed, carriage return and tab. Text with more than twice the limit in UTF-16 units has more
    /// scalar values than the limit whatever it contains, so it is refused without being read.
    /// </summary>
    private static void CheckText(QuestionItem item, Answer answer, List<BallotProblem> problems)
    {
        var text = answer.Text!;
        var maxLength = Math.Max(0, item.MaxLength);
        if (text.Length > 2L * maxLength)
        {
            problems.Add(AnswerProblems.TooLongProblem(item.Key, answer.SubjectId, maxLength));
            return;
        }

        var scalars = 0;
        var invalid = false;
        for (var i = 0; i < text.Length; i++, scalars++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                invalid = true;
            }
        }

        if (invalid)
        {
            problems.Add(AnswerProblems.InvalidTextProblem(item.Key, answer.SubjectId));
        }

        if (scalars > maxLength)
        {
            problems.Add(AnswerProblems.TooLongProblem(item.Key, answer.SubjectId, maxLength));
        }
    }

    /// <summary>
    /// Whether each cell is shown, item by item with every item after the item its condition refers to, so a
    /// condition item's visibility is known when it is needed. See the remarks on the class for the rules.
    /// </summary>
    private static byte[] ComputeVisibility(
        QuestionnaireIndex index,
        IReadOnlyList<Answer> answers,
        int[] columns,
        int[] firstCell,
        int[] answerInCell,
        bool[] cellIsFaulty)
    {
        var visibility = new byte[answerInCell.Length];
        foreach (var i in index.Order)
        {
            var condition = index.Items[i].ShowWhen;
            var parent = index.Parents[i];
            for (var column = 0; column < columns[i]; column++)
            {
                byte shown;
                if (condition is null)
                {
                    shown = Shown;
                }
                else if (columns[parent] == columns[i] || columns[parent] == 1)
                {
                    // Same scope (the same subject, or the ballot), or a per-ballot condition item.
                    shown = Meets(firstCell[parent] + (columns[parent] == 1 ? 0 : column));
                }
                else
                {
                    // A per-ballot item with a per-subject condition item: shown when any subject qualifies.
                    shown = Hidden;
                    for (var subject = 0; subject < columns[parent] && shown != Shown; subject++)
                    {
                        var met = Meets(firstCell[parent] + subject);
                        shown = met == Hidden ? shown : met;
                    }
                }

                visibility[firstCell[i] + column] = shown;
            }

            byte Meets(int parentCell)
            {
                if (visibility[parentCell] != Shown)
                {
                    return visibility[parentCell];
                }

                if (answerInCell[parentCell] == 0)
                {
                    return Hidden;
                }

                if (cellIsFaulty[parentCell])
                {
                    return Undecided;
                }

                var chosen = answers[answerInCell[parentCell] - 1].OptionKeys ?? [];
                foreach (var key in chosen)
                {
                    foreach (var wanted in condition!.OptionKeys)
                    {
                        if (string.Equals(key, wanted, StringComparison.Ordinal))
                        {
                            return Shown;
                        }
                    }
                }

                return Hidden;
            }
        }

        return visibility;
    }

    private static bool IsBlank(Answer answer) =>
        (answer.OptionKeys is null || answer.OptionKeys.Count == 0) && string.IsNullOrEmpty(answer.Text);
}
