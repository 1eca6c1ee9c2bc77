using Appraisal.Core.Ballots;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>
/// Random ballots, mostly garbage, from a fixed seed so a failure reproduces: the validator must never throw,
/// must only use its own codes, must give the same answer twice, and whatever it accepts must survive the codec.
/// </summary>
public sealed class AnswerValidatorPropertyTests
{
    private const int Seed = 20_240_611;
    private const int Rounds = 10_000;

    private static readonly string?[] ItemKeys =
        ["overall", "overall-reason", "comments", "rating", "reason", "issues", "nope", "", "RATING", null];

    private static readonly string?[] SubjectIds = ["A", "B", "C", "", null];

    private static readonly string?[] OptionKeys =
        ["very-satisfied", "satisfied", AnswerSheets.Dissatisfied, "unknown", "late", "rude", "slow", "", "满意", null];

    private static readonly string[] Texts =
        ["", "好", "第一行\n第二行", "😀😀😀", "\uD800", "x\u0001y", "\u007F", "\uDC00😀", "𠀀\t\r\n", new string('长', 25)];

    [Fact]
    public void The_validator_never_throws_and_accepts_only_what_the_codec_round_trips()
    {
        var random = new Random(Seed);
        var codes = typeof(AnswerProblems).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();
        var accepted = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var questionnaire = random.Next(4) == 0 ? RandomQuestionnaire(random) : AnswerSheets.Form;
            var subjects = RandomSubjects(random)!;
            var answers = RandomAnswers(random)!;

            var problems = AnswerValidator.Check(questionnaire, subjects, answers);

            Assert.All(problems, p =>
            {
                Assert.Contains(p.Code, codes);
                Assert.False(string.IsNullOrEmpty(p.Message.ZhCn));
                Assert.False(string.IsNullOrEmpty(p.Message.En));
            });
            Assert.Equal(
                problems.Select(p => (p.Code, p.ItemKey, p.SubjectId)),
                AnswerValidator.Check(questionnaire, subjects, answers).Select(p => (p.Code, p.ItemKey, p.SubjectId)));

            if (problems.Count == 0 && answers is not null)
            {
                accepted++;
                var decoded = BallotSheetCodec.Decode(BallotSheetCodec.Encode(answers));
                Assert.Equal(Describe(answers.OrderBy(a => a.ItemKey, StringComparer.Ordinal)
                        .ThenBy(a => a.SubjectId, StringComparer.Ordinal)),
                    Describe(decoded));
            }
        }

        // The generator must reach the accepting side too, or the round-trip half proves nothing.
        Assert.InRange(accepted, 50, Rounds);
    }

    private static IEnumerable<string> Describe(IEnumerable<Answer> answers) =>
        answers.Select(a => $"{a.ItemKey}|{a.SubjectId ?? "<null>"}|{string.Join(",", a.OptionKeys ?? [])}|{a.Text ?? "<null>"}");

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static List<Subject>? RandomSubjects(Random random)
    {
        if (random.Next(50) == 0)
        {
            return null;
        }

        var subjects = new List<Subject>();
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            subjects.Add(random.Next(20) switch
            {
                0 => null!,
                1 => new Subject(null!, "?", null, new Dictionary<string, string>()),
                _ => AnswerSheets.Subject(Pick(random, SubjectIds) ?? "A"),
            });
        }

        return subjects;
    }

    /// <summary>
    /// Most lists are near-valid ballots with a few mutations, so the accepting paths are exercised too; the
    /// rest are any mix of keys, nulls and texts.
    /// </summary>
    private static List<Answer>? RandomAnswers(Random random)
    {
        if (random.Next(50) == 0)
        {
            return null;
        }

        var answers = random.Next(2) == 0 ? AnswerSheets.Valid() : [];
        var extra = random.Next(random.Next(10) == 0 ? 40 : 4);
        for (var i = 0; i < extra; i++)
        {
            answers.Add(random.Next(30) == 0 ? null! : RandomAnswer(random));
        }

        for (var i = answers.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (answers[i], answers[j]) = (answers[j], answers[i]);
        }

        return answers;
    }

    private static Answer RandomAnswer(Random random)
    {
        IReadOnlyList<string> options;
        switch (random.Next(8))
        {
            case 0:
                options = null!;
                break;
            case 1:
                options = Enumerable.Range(0, random.Next(1, 500)).Select(_ => Pick(random, OptionKeys)!).ToArray();
                break;
            default:
                options = Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, OptionKeys)!).ToArray();
                break;
        }

        var text = random.Next(3) switch
        {
            0 => null,
            1 => Pick(random, Texts),
            _ => RandomText(random),
        };

        return new Answer(Pick(random, ItemKeys)!, Pick(random, SubjectIds), options, text);
    }

    /// <summary>Any UTF-16 units, surrogates and control characters included.</summary>
    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(30)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0x4E00, 0x9FA6),
                _ => (char)random.Next(0x10000),
            };
        }

        return new string(chars);
    }

    /// <summary>A questionnaire of random items, scopes, kinds (some undefined), conditions (some cyclic) and nulls.</summary>
    private static Questionnaire RandomQuestionnaire(Random random)
    {
        var scales = AnswerSheets.Form.Scales.ToList();
        if (random.Next(10) == 0)
        {
            scales.Add(random.Next(2) == 0 ? null! : scales[0]);
        }

        var items = new List<QuestionItem>();
        var count = random.Next(8);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(25) == 0)
            {
                items.Add(null!);
                continue;
            }

            var key = Pick(random, ItemKeys) ?? $"item{i}";
            var condition = random.Next(3) == 0
                ? new ItemCondition(Pick(random, ItemKeys)!, random.Next(10) == 0 ? null! : [Pick(random, OptionKeys)!])
                : null;
            items.Add(new QuestionItem(
                key,
                LocalizedText.Same(key),
                (ItemKind)random.Next(4),
                (ItemScope)random.Next(3),
                Pick(random, new[] { "five", "ticks", "missing", null }),
                Required: random.Next(2) == 0,
                ShowWhen: condition,
                MaxLength: random.Next(-1, 30)));
        }

        return new Questionnaire(scales, items);
    }
}
