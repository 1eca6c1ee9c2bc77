using System.Buffers;
using Appraisal.GraphQL;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.Host.Api;
using Microsoft.Extensions.Options;

namespace Appraisal.Host.Endpoints;

/// <summary>
/// <c>POST /graphql</c> and <c>GET /graphql</c> per GraphQL-over-HTTP: content negotiation between
/// <c>application/graphql-response+json</c> and <c>application/json</c>, the status codes the graphql-http audit
/// expects, 405 with <c>Allow</c> for other methods and for mutations over GET, 415, 406 and 413 where due.
/// https://graphql.github.io/graphql-over-http/draft/
/// </summary>
public static class GraphQLEndpoint
{
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder routes)
    {
        routes.Map("/graphql", HandleAsync);
        return routes;
    }

    private static async Task HandleAsync(
        HttpContext http, AppraisalSchemaSource schemas, GraphQLService graphQL, PersistedQueryStore persisted,
        IOptions<GraphQLEndpointOptions> options)
    {
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, $"{method} is not supported; use GET or POST.", allow: "GET, POST");
            return;
        }

        var mediaType = GraphQLMediaType.Negotiate(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable,
                $"The response can be {GraphQLMediaType.GraphQLResponse} or {GraphQLMediaType.Json}; the Accept header allows neither.");
            return;
        }

        var read = HttpMethods.IsGet(method)
            ? GraphQLHttpRequest.FromQueryString(http.Request.Query)
            : await ReadPostAsync(http, options.Value.MaxRequestBytes);
        if (read.Request is not { } request)
        {
            await WriteProblemAsync(http, read.Status, read.Problem!, mediaType);
            return;
        }

        var query = persisted.Resolve(request, out var persistedProblem);
        if (query is null)
        {
            // Not found is the protocol's cue for the client to send the query: 200, as clients expect it.
            await (persistedProblem == PersistedQueryProblem.NotFound
                ? WriteProblemAsync(http, StatusCodes.Status200OK, PersistedQueryStore.NotFound, mediaType,
                    code: "PERSISTED_QUERY_NOT_FOUND")
                : WriteProblemAsync(http, StatusCodes.Status400BadRequest, "The persisted query hash does not match the query sent with it.", mediaType));
            return;
        }

        // One schema for the whole request, even if plugins change meanwhile.
        var schema = schemas.Current;
        var prepared = graphQL.Prepare(schema, query);
        if (prepared.Document is not null && HttpMethods.IsGet(method)
            && prepared.FindOperation(request.OperationName) is { Operation: not OperationType.Query })
        {
            // GET must be safe: a mutation can only be POSTed (GraphQL-over-HTTP "GET").
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations can only be sent with POST.", mediaType, allow: "POST");
            return;
        }

        var result = await graphQL.ExecuteAsync(schema, prepared, request, http.RequestServices, http.RequestAborted);
        await WriteResultAsync(http, result, mediaType);
    }

    private static async Task<GraphQLHttpRequest> ReadPostAsync(HttpContext http, int maxBytes)
    {
        var contentType = http.Request.ContentType;
        if (!IsJsonContentType(contentType))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType,
                string.IsNullOrEmpty(contentType)
                    ? "A POST request needs 'Content-Type: application/json'."
                    : $"Content-Type '{contentType}' is not supported; send application/json (UTF-8).");
        }

        if (http.Request.ContentLength > maxBytes)
        {
            return new(null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }

        // A pooled buffer of the announced length (+1 to notice a longer body): every ballot is a POST, and a new
        // growing buffer per request was the largest allocation of casting. The parsed request keeps nothing of it.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes, (int)(http.Request.ContentLength ?? 4096)) + 1);
        var count = 0;
        try
        {
            var body = http.Request.Body;
            while (true)
            {
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, buffer.Length * 2));
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(count), http.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                count += read;
                if (count > maxBytes)
                {
                    return new(null, StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
                }
            }

            return GraphQLHttpRequest.FromJsonBody(buffer.AsMemory(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary><c>application/json</c>, with no charset or UTF-8 (GraphQL-over-HTTP assumes UTF-8).</summary>
    private static bool IsJsonContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var parts = contentType.Split(';');
        if (!parts[0].Trim().Equals(GraphQLMediaType.Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return parts.Skip(1).Select(p => p.Split('=', 2)).All(p =>
            !p[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)
            || (p.Length == 2 && p[1].Trim().Trim('"').Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase)));
    }

    private static async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        // A request error (no data) is 400 under the GraphQL response type; legacy application/json clients get 200.
        http.Response.StatusCode = !result.HasData && mediaType == GraphQLMediaType.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await ResponseWriter.WriteAsync(result, http.Response.Body, http.RequestAborted);
    }

    private static async Task WriteProblemAsync(
        HttpContext http, int status, string message, string mediaType = GraphQLMediaType.Json, string? allow = null, string? code = null)
    {
        http.Response.StatusCode = status;
        if (allow is not null)
        {
            http.Response.Headers.Allow = allow;
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        var error = new GraphQLError(message, Extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
        await ResponseWriter.WriteAsync(ExecutionResult.FromRequestErrors([error]), http.Response.Body, http.RequestAborted);
    }
}
