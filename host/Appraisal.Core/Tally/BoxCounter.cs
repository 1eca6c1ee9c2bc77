using System.Text.Unicode;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tally;

/// <summary>
/// Counts stored sheets without making an answer of them: a compact sheet (<see cref="CompactSheetCodec"/>) is walked
/// number by number into option counts and sheet scores laid out by a <see cref="CountingPlan"/>; a JSON sheet is
/// decoded and written compact first. It checks what it walks as strictly as decoding would, so a box it counted also
/// decodes. One counter per thread; <see cref="Merge"/> adds them up.
/// </summary>
internal sealed class BoxCounter(CountingPlan plan)
{
    private readonly List<int[]> _options = [];
    private readonly List<ScoreHistogram?[]> _scores = [];
    private readonly List<int> _sheets = [];

    /// <summary>True once a sheet named something the campaign's numbering lacks: these counts then cannot stand for the box.</summary>
    public bool Incomplete { get; private set; }

    /// <summary>Counts one stored sheet of group number <paramref name="group"/>.</summary>
    /// <exception cref="FormatException">The sheet is malformed.</exception>
    public void Count(int group, ReadOnlySpan<byte> sheet, StringPool pool)
    {
        while (_sheets.Count <= group)
        {
            _options.Add(new int[plan.Rows * plan.RowLength]);
            _scores.Add(new ScoreHistogram?[plan.Rows]);
            _sheets.Add(0);
        }

        _sheets[group]++;
        if (!CompactSheetCodec.IsCompact(sheet))
        {
            if (CompactSheetCodec.TryEncode(BallotSheetCodec.Decode(sheet, pool), plan.Keys) is not { } compact)
            {
                Incomplete = true;
                return;
            }

            sheet = compact;
        }

        var options = _options[group];
        var at = CompactSheetCodec.Marker.Length;
        var previous = -1;
        while (at < sheet.Length)
        {
            if (!CompactSheetCodec.TryNextSection(sheet, ref at, out var subject, out var section)
                || subject <= previous || section.IsEmpty || subject >= plan.Rows)
            {
                throw Malformed("a malformed, misordered, empty or unknown subject's section");
            }

            previous = subject;
            var score = CountSection(section, options.AsSpan(subject * plan.RowLength, plan.RowLength), subject > 0);
            if (score > 0)
            {
                (_scores[group][subject] ??= new ScoreHistogram(plan.ScoreNumbers)).Add(score);
            }
        }
    }

    /// <summary>Adds <paramref name="other"/>'s counts to these.</summary>
    public void Merge(BoxCounter other)
    {
        Incomplete |= other.Incomplete;
        for (var g = 0; g < other._sheets.Count; g++)
        {
            if (g == _sheets.Count)
            {
                _options.Add(new int[plan.Rows * plan.RowLength]);
                _scores.Add(new ScoreHistogram?[plan.Rows]);
                _sheets.Add(0);
            }

            _sheets[g] += other._sheets[g];
            for (var i = 0; i < _options[g].Length; i++)
            {
                _options[g][i] += other._options[g][i];
            }

            for (var s = 0; s < plan.Rows; s++)
            {
                if (other._scores[g][s] is { } theirs)
                {
                    (_scores[g][s] ??= new ScoreHistogram(plan.ScoreNumbers)).Merge(theirs);
                }
            }
        }
    }

    /// <summary>The option counts as the contract's <see cref="OptionTally"/>.</summary>
    /// <param name="groups">The group keys by number.</param>
    public OptionTally ToOptionTally(IReadOnlyList<string> groups)
    {
        var keys = plan.Keys;
        var counts = new Dictionary<(string, string, string?, string), int>();
        var answered = new Dictionary<(string, string, string?), int>();
        for (var g = 0; g < _sheets.Count; g++)
        {
            for (var s = 0; s < plan.Rows; s++)
            {
                var row = _options[g].AsSpan(s * plan.RowLength, plan.RowLength);
                var subject = s == 0 ? null : keys.Subject(s - 1);
                for (var i = 0; i < keys.ItemCount; i++)
                {
                    if (row[plan.OptionColumns + i] > 0)
                    {
                        answered[(groups[g], keys.Item(i), subject)] = row[plan.OptionColumns + i];
                    }

                    for (var o = 0; o < keys.OptionCount(i); o++)
                    {
                        if (row[plan.OptionOffsets[i] + o] > 0)
                        {
                            // A duplicate key in the numbering counts under the one string it shares.
                            var key = (groups[g], keys.Item(i), subject, keys.Option(i, o));
                            counts[key] = counts.GetValueOrDefault(key) + row[plan.OptionOffsets[i] + o];
                        }
                    }
                }
            }
        }

        return new OptionTally(counts, answered);
    }

    /// <summary>The sheet scores as the contract's <see cref="SheetScores"/>.</summary>
    /// <param name="groups">The group keys by number.</param>
    public SheetScores ToSheetScores(IReadOnlyList<string> groups)
    {
        var scores = new Dictionary<(string Group, string Subject, decimal Points, decimal Weight), int>();
        for (var g = 0; g < _sheets.Count; g++)
        {
            for (var s = 1; s < plan.Rows; s++)
            {
                foreach (var (number, sheets) in _scores[g][s]?.Entries() ?? [])
                {
                    var (points, weight) = plan.Score(number);
                    var key = (groups[g], plan.Keys.Subject(s - 1), points, weight);
                    scores[key] = scores.GetValueOrDefault(key) + sheets;
                }
            }
        }

        var perGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < _sheets.Count; g++)
        {
            if (_sheets[g] > 0)
            {
                perGroup[groups[g]] = _sheets[g];
            }
        }

        return new SheetScores([.. scores.Select(c => new SheetScore(c.Key.Group, c.Key.Subject, c.Key.Points, c.Key.Weight, c.Value))], perGroup);
    }

    /// <summary>Counts one section's answers into its subject's row; returns the section's score number (0: nothing scored).</summary>
    private long CountSection(ReadOnlySpan<byte> section, Span<int> row, bool scored)
    {
        long score = 0;
        var at = 0;
        var previousItem = -1;
        while (at < section.Length)
        {
            var item = Number(section, ref at);
            if (item >= plan.Keys.ItemCount || item <= previousItem)
            {
                throw Malformed("an unknown or misordered item");
            }

            previousItem = item;
            var shape = Number(section, ref at);
            var optionCount = shape >> 1;
            var optionsOfItem = plan.Keys.OptionCount(item);
            if (optionCount > optionsOfItem)
            {
                throw Malformed("more options than the item's scale has");
            }

            for (var o = 0; o < optionCount; o++)
            {
                var option = Number(section, ref at);
                if (option >= optionsOfItem)
                {
                    throw Malformed("an unknown option");
                }

                row[plan.OptionOffsets[item] + option]++;
                if (optionCount == 1 && scored)
                {
                    score += plan.Digits[item][option] * plan.ScoreStrides[item];
                }
            }

            if (optionCount > 0)
            {
                row[plan.OptionColumns + item]++;
            }

            if ((shape & 1) == 1)
            {
                var length = Number(section, ref at);
                if (length > section.Length - at || !Utf8.IsValid(section.Slice(at, length)))
                {
                    throw Malformed("text that runs past its section or is not UTF-8");
                }

                at += length;
            }
        }

        return score;
    }

    private static int Number(ReadOnlySpan<byte> section, ref int at)
    {
        // Numbers below 128, one byte, are nearly all of them: read those without a call.
        if (at < section.Length && section[at] < 0x80)
        {
            return section[at++];
        }

        var start = at;
        if (!CompactSheetCodec.TryNextNumber(section, ref at, out var value))
        {
            throw Malformed($"a malformed number at byte {start} of a section");
        }

        return value;
    }

    private static FormatException Malformed(string what) => new($"A compact ballot sheet holds {what}.");
}
