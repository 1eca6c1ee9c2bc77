using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Appraisal.Host.Tests.Support;

/// <summary>Posts GraphQL requests to a running host, optionally with a bearer token, and returns the JSON response.</summary>
internal sealed class GraphQLClient(HttpClient http, string? bearer = null)
{
    public async Task<JsonElement> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Sends and fails the test when the response has errors; returns <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var result = await SendAsync(query, variables);
        if (result.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL errors: {errors}");
        }

        return result.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of the first error, or null when there is none.</summary>
    public static string? ErrorCode(JsonElement result) =>
        result.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    public static JsonNode Node(JsonElement element) => JsonNode.Parse(element.GetRawText())!;
}
