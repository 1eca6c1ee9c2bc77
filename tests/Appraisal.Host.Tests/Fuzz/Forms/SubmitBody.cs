using System.Text;
using System.Text.Json.Nodes;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// The JSON body of a <c>submitBallot</c> request, then broken as text now and then: answers nested past any depth
/// limit, a lone surrogate escape, a truncated body, a code of the wrong type, invalid UTF-8 bytes.
/// </summary>
internal static class SubmitBody
{
    private const string Mutation =
        "mutation($code: String!, $answers: [AnswerInput!]!) { submitBallot(code: $code, answers: $answers) { accepted problems { code itemKey subjectId } receipt { position } } }";

    public static byte[] Create(string code, JsonNode? answers, Random random, bool intact)
    {
        var variables = new JsonObject { ["code"] = code, ["answers"] = answers };
        var json = new JsonObject { ["query"] = Mutation, ["variables"] = variables };
        string text;
        try
        {
            text = json.ToJsonString();
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be written by System.Text.Json; send the body without the answers instead.
            variables["answers"] = null;
            text = json.ToJsonString();
        }

        if (intact)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        switch (random.Next(8))
        {
            case 0:
                var depth = random.Next(2) == 0 ? random.Next(60, 200) : random.Next(1_000, 100_000);
                text = text.Replace("\"answers\":", "\"answers\":" + new string('[', depth) + "{\"itemKey\":\"x\"}" + new string(']', depth) + ",\"_\":", StringComparison.Ordinal);
                break;
            case 1:
                text = text.Replace("\"answers\":[", "\"answers\":[{\"itemKey\":\"\\uD800\",\"text\":\"\\uDFFF\"},", StringComparison.Ordinal);
                break;
            case 2:
                text = text[..random.Next(text.Length)];
                break;
            case 3:
                text = text.Replace("\"code\":\"", "\"code\":[\"", StringComparison.Ordinal).Replace("\",\"answers\"", "\"],\"answers\"", StringComparison.Ordinal);
                break;
            case 4:
                return FormBody.Corrupt(Encoding.UTF8.GetBytes(text), random);
            default:
                break;
        }

        return Encoding.UTF8.GetBytes(text);
    }
}
