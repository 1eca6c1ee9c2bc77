using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// A ballot's questions and subjects, read once through the public <c>ballot(code)</c> query: what the fuzz builds
/// valid answers from and mutates, as GraphQL answers (keys) and as page fields (positions).
/// </summary>
internal sealed record BallotShape(string TypeKey, IReadOnlyList<ShapeItem> Items, IReadOnlyList<string> Subjects)
{
    private const string Query = """
        query($code: String!) { ballot(code: $code) {
          typeKey subjects { id }
          questionnaire { scales { key options { key asksReason } } items { key kind scope scaleKey maxLength showWhen { itemKey } } }
        } }
        """;

    public static async Task<BallotShape> LoadAsync(GraphQLClient voter, string code)
    {
        var ballot = (await voter.DataAsync(Query, new { code })).GetProperty("ballot");
        var scales = ballot.GetProperty("questionnaire").GetProperty("scales").EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("options").EnumerateArray().ToArray());
        var items = ballot.GetProperty("questionnaire").GetProperty("items").EnumerateArray().Select((item, position) =>
        {
            var options = item.GetProperty("scaleKey").ValueKind == JsonValueKind.String
                ? scales[item.GetProperty("scaleKey").GetString()!]
                : [];
            return new ShapeItem(
                position,
                item.GetProperty("key").GetString()!,
                item.GetProperty("kind").GetString()!,
                item.GetProperty("scope").GetString() == "PER_SUBJECT",
                [.. options.Select(o => o.GetProperty("key").GetString()!)],
                options.Where(o => o.GetProperty("asksReason").GetBoolean()).Select(o => o.GetProperty("key").GetString()!).ToHashSet(),
                item.GetProperty("showWhen").ValueKind == JsonValueKind.Object,
                item.GetProperty("maxLength").GetInt32());
        }).ToArray();
        var subjects = ballot.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray();
        return new BallotShape(ballot.GetProperty("typeKey").GetString()!, items, subjects);
    }
}
