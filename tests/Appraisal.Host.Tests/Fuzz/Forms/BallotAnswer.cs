using System.Globalization;
using System.Text.Json.Nodes;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// One answer by position (item, subject, options) with its text: the same answer can be written as a GraphQL
/// <c>AnswerInput</c> (keys) and as the page's fields (<c>q{item}.{subject}</c>, option positions).
/// </summary>
internal sealed record BallotAnswer(ShapeItem Item, int? Subject, IReadOnlyList<int> Options, string? Text)
{
    public string Field => Subject is { } subject
        ? string.Create(CultureInfo.InvariantCulture, $"q{Item.Position}.{subject}")
        : string.Create(CultureInfo.InvariantCulture, $"q{Item.Position}");

    public IEnumerable<KeyValuePair<string, string>> Fields => Text is { } text
        ? [new(Field, text)]
        : Options.Select(o => new KeyValuePair<string, string>(Field, o.ToString(CultureInfo.InvariantCulture)));

    public JsonObject ToJson(BallotShape shape)
    {
        var answer = new JsonObject { ["itemKey"] = Item.Key };
        if (Subject is { } subject)
        {
            answer["subjectId"] = shape.Subjects[subject];
        }

        if (Text is { } text)
        {
            answer["text"] = text;
        }
        else
        {
            answer["optionKeys"] = new JsonArray([.. Options.Select(o => (JsonNode)JsonValue.Create(Item.Options[o]))]);
        }

        return answer;
    }
}
