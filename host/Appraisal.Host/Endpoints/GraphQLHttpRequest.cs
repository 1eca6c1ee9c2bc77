using System.Text.Json;
using Appraisal.GraphQL;
using Appraisal.GraphQL.Execution;
using Appraisal.Host.Api;

namespace Appraisal.Host.Endpoints;

/// <summary>
/// Reads GraphQL request parameters from a GET query string or a POST JSON body, per GraphQL-over-HTTP
/// ("Request Parameters", "GET", "POST"). A request that is not well formed gets a status and a message, never
/// an exception. https://graphql.github.io/graphql-over-http/draft/#sec-Request
/// </summary>
public sealed record GraphQLHttpRequest(GraphQLRequest? Request, int Status, string? Problem)
{
    private static GraphQLHttpRequest Fail(int status, string problem) => new(null, status, problem);

    private static GraphQLHttpRequest BadRequest(string problem) => Fail(StatusCodes.Status400BadRequest, problem);

    /// <summary>Parameters from the URL: <c>variables</c> and <c>extensions</c> are JSON text; an empty value counts as absent.</summary>
    public static GraphQLHttpRequest FromQueryString(IQueryCollection query)
    {
        var text = Single(query, "query");
        var operationName = Single(query, "operationName");
        if (!TryParseMap(Single(query, "variables"), "variables", out var variables, out var problem)
            || !TryParseMap(Single(query, "extensions"), "extensions", out var extensions, out problem))
        {
            return BadRequest(problem!);
        }

        // A persisted query may be named by its hash alone.
        if (string.IsNullOrEmpty(text) && !PersistedQueryStore.IsNamedIn(extensions))
        {
            return BadRequest("The request must have a 'query' parameter.");
        }

        return new(new GraphQLRequest(string.IsNullOrEmpty(text) ? null : text, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions),
            StatusCodes.Status200OK, null);
    }

    /// <summary>Parameters from a JSON body already read into memory.</summary>
    public static GraphQLHttpRequest FromJsonBody(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return BadRequest("The request body is empty; it must be a JSON object with a 'query'.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException exception)
        {
            return BadRequest($"The request body is not valid JSON: {exception.Message}");
        }

        using (document)
        {
            try
            {
                return FromJsonObject(document.RootElement);
            }
            catch (InvalidOperationException exception)
            {
                // JSON allows an escaped lone surrogate ("\uD800"), which no .NET string can be read from.
                return BadRequest($"The request body is not valid JSON: {exception.Message}");
            }
        }
    }

    private static GraphQLHttpRequest FromJsonObject(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return BadRequest("The request body must be a JSON object.");
        }

        var hasQuery = root.TryGetProperty("query", out var query);
        if (hasQuery && query.ValueKind != JsonValueKind.String)
        {
            return BadRequest("'query' must be a string.");
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return BadRequest("'operationName' must be a string or null.");
            }

            operationName = name.GetString();
        }

        if (!TryReadMap(root, "variables", out var variables, out var problem)
            || !TryReadMap(root, "extensions", out var extensions, out problem))
        {
            return BadRequest(problem!);
        }

        // A persisted query may be named by its hash alone.
        if (!hasQuery && !PersistedQueryStore.IsNamedIn(extensions))
        {
            return BadRequest("The request body must have a 'query' string.");
        }

        return new(new GraphQLRequest(hasQuery ? query.GetString() : null, operationName, variables, extensions), StatusCodes.Status200OK, null);
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) ? values.ToString() : null;

    private static bool TryParseMap(string? json, string name, out IReadOnlyDictionary<string, object?>? map, out string? problem)
    {
        map = null;
        problem = null;
        if (string.IsNullOrEmpty(json))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return TryConvertMap(document.RootElement, name, out map, out problem);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string with an escaped lone surrogate ("\uD800").
            problem = $"'{name}' must be a JSON-encoded object.";
            return false;
        }
    }

    private static bool TryReadMap(JsonElement root, string name, out IReadOnlyDictionary<string, object?>? map, out string? problem)
    {
        map = null;
        problem = null;
        return !root.TryGetProperty(name, out var element) || TryConvertMap(element, name, out map, out problem);
    }

    private static bool TryConvertMap(JsonElement element, string name, out IReadOnlyDictionary<string, object?>? map, out string? problem)
    {
        map = null;
        problem = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                map = (IReadOnlyDictionary<string, object?>)JsonVariables.ToValue(element)!;
                return true;
            default:
                problem = $"'{name}' must be an object or null.";
                return false;
        }
    }
}
