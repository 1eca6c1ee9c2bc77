using System.Text.Json.Nodes;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Breaks <c>submitBallot</c>'s <c>answers</c> variable: answers dropped or repeated, unknown items, subjects and
/// options, a subject where none belongs and none where one does, wrong JSON types at every level, nulls, huge
/// strings and lists. Nesting deeper than a JSON writer allows is added as text by <see cref="SubmitBody"/>.
/// </summary>
internal static class AnswerMutator
{
    private static readonly string[] AnswerFields = ["itemKey", "subjectId", "optionKeys", "text"];

    public static JsonNode? Mutate(IReadOnlyList<BallotAnswer> valid, BallotShape shape, Random random)
    {
        var answers = new JsonArray([.. valid.Select(a => (JsonNode)a.ToJson(shape))]);
        if (random.Next(20) == 0)
        {
            return Odd(random); // not a list at all
        }

        for (var n = random.Next(1, 4); n > 0; n--)
        {
            Once(answers, shape, random);
        }

        return answers;
    }

    private static void Once(JsonArray answers, BallotShape shape, Random random)
    {
        var at = answers.Count == 0 ? -1 : random.Next(answers.Count);
        var answer = at >= 0 ? answers[at] as JsonObject : null;
        switch (random.Next(10))
        {
            case 0 when at >= 0:
                answers.RemoveAt(at);
                break;
            case 1 when answer is not null:
                answers.Insert(random.Next(answers.Count + 1), answer.DeepClone());
                break;
            case 2 when answer is not null:
                answer[AnswerFields[random.Next(AnswerFields.Length)]] = Odd(random);
                break;
            case 3 when answer is not null:
                answer.Remove(AnswerFields[random.Next(AnswerFields.Length)]);
                break;
            case 4 when answer is not null:
                answer["optionKeys"] = new JsonArray([.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => (JsonNode?)OptionKey(shape, random))]);
                break;
            case 5 when answer is not null:
                answer["subjectId"] = random.Next(3) == 0 ? NastyValues.Pick(random) : shape.Subjects.Count > 0 ? shape.Subjects[random.Next(shape.Subjects.Count)] : "m01";
                break;
            case 6 when answer is not null:
                answer[random.Next(2) == 0 ? "text" : "itemKey"] = NastyValues.Long(random);
                break;
            case 7:
                answers.Insert(at < 0 ? 0 : at, Odd(random));
                break;
            case 8:
                var extra = random.Next(4) == 0 ? random.Next(2_000, 20_000) : random.Next(10, 200);
                for (var i = 0; i < extra; i++)
                {
                    var item = shape.Items[random.Next(shape.Items.Count)];
                    answers.Add(new JsonObject
                    {
                        ["itemKey"] = item.Key,
                        ["subjectId"] = item.PerSubject && shape.Subjects.Count > 0 ? shape.Subjects[random.Next(shape.Subjects.Count)] : null,
                        ["optionKeys"] = new JsonArray(OptionKey(shape, random)),
                    });
                }

                break;
            default:
                if (answer is not null)
                {
                    answer["itemKey"] = random.Next(2) == 0 ? NastyValues.Pick(random) : shape.Items[random.Next(shape.Items.Count)].Key;
                }

                break;
        }
    }

    private static string OptionKey(BallotShape shape, Random random)
    {
        var item = shape.Items[random.Next(shape.Items.Count)];
        return random.Next(3) == 0 || item.Options.Count == 0 ? NastyValues.Pick(random) : item.Options[random.Next(item.Options.Count)];
    }

    /// <summary>A JSON value of any type, often not the one the schema wants.</summary>
    private static JsonNode? Odd(Random random) => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 5)),
        2 => JsonValue.Create(random.NextDouble() * 1e300),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonObject { [NastyValues.Pick(random)] = NastyValues.Pick(random) },
        5 => new JsonArray(JsonValue.Create(NastyValues.Pick(random)), null, new JsonArray()),
        _ => JsonValue.Create(NastyValues.Pick(random)),
    };
}
