using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tally;

/// <summary>
/// How <see cref="BoxCounter"/> lays out a campaign's counts, from its <see cref="SheetKeys"/>. Option counts: one row
/// per subject number (0 for per-ballot items), holding each item's options side by side and then one "answered"
/// count per item. Sheet scores (<see cref="SheetScores"/>): the scored answers a sheet gives a subject are written as
/// one number, a digit per scored item in mixed radix (0 for no scored answer, n for its n-th scoring option), so a
/// sheet's score is counted with one addition, and the sums are worked out once per distinct number at the end.
/// </summary>
internal sealed class CountingPlan
{
    /// <summary>The most distinct score numbers counted in a plain array per group and subject; more go in a dictionary.</summary>
    public const int DenseScoreLimit = 1 << 16;

    private readonly (decimal Weight, decimal Value)[][] _scoring;

    public CountingPlan(Questionnaire questionnaire, SheetKeys keys)
    {
        Keys = keys;
        var items = questionnaire.Items ?? [];
        OptionOffsets = new int[keys.ItemCount];
        ScoreStrides = new long[keys.ItemCount];
        Digits = new int[keys.ItemCount][];
        _scoring = new (decimal, decimal)[keys.ItemCount][];
        long product = 1;
        for (var i = 0; i < keys.ItemCount; i++)
        {
            OptionOffsets[i] = OptionColumns;
            OptionColumns += keys.OptionCount(i);
            Digits[i] = new int[keys.OptionCount(i)];
            var scale = items[i]?.ScaleKey is { } scaleKey ? questionnaire.Scales?.FirstOrDefault(s => s?.Key == scaleKey) : null;
            var scoring = new List<(decimal, decimal)>();
            for (var o = 0; o < keys.OptionCount(i); o++)
            {
                if (items[i] is { } item && scale?.Options[o] is { } option && SheetScores.ScoreOf(item, option) is { } score)
                {
                    scoring.Add(score);
                    Digits[i][o] = scoring.Count;
                }
            }

            _scoring[i] = [.. scoring];
            if (scoring.Count > 0 && ScoreNumbersFit)
            {
                ScoreStrides[i] = product;
                // Beyond 2^62 the numbers would overflow: the host then leaves the scores to the aggregator.
                ScoreNumbersFit = product <= (1L << 62) / (scoring.Count + 1);
                product *= scoring.Count + 1;
            }
        }

        ScoreNumbers = product;
    }

    public SheetKeys Keys { get; }

    /// <summary>Where each item's options start in a subject's row.</summary>
    public int[] OptionOffsets { get; }

    /// <summary>All options of all items: where the "answered" counts start in a subject's row.</summary>
    public int OptionColumns { get; }

    /// <summary>Columns of a subject's row.</summary>
    public int RowLength => OptionColumns + Keys.ItemCount;

    /// <summary>Rows: the per-ballot row and one per subject.</summary>
    public int Rows => Keys.SubjectCount + 1;

    /// <summary>The place value of each scored item's digit; 0 for an item that does not score.</summary>
    public long[] ScoreStrides { get; }

    /// <summary>Per item, each option's digit: 0 when choosing it does not score.</summary>
    public int[][] Digits { get; }

    /// <summary>How many score numbers there are; they fit a long when <see cref="ScoreNumbersFit"/>.</summary>
    public long ScoreNumbers { get; }

    public bool ScoreNumbersFit { get; } = true;

    /// <summary>The points and weight a score number stands for.</summary>
    public (decimal Points, decimal Weight) Score(long number)
    {
        var (points, weight) = (0m, 0m);
        for (var i = 0; i < ScoreStrides.Length; i++)
        {
            if (ScoreStrides[i] == 0)
            {
                continue;
            }

            var digit = (int)(number / ScoreStrides[i] % (_scoring[i].Length + 1));
            if (digit > 0)
            {
                var (itemWeight, value) = _scoring[i][digit - 1];
                points += itemWeight * value;
                weight += itemWeight;
            }
        }

        return (points, weight);
    }
}
