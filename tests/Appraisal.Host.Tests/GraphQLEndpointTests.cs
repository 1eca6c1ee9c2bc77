using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>The transport rules and protections of /graphql that the audit does not reach.</summary>
public sealed class GraphQLEndpointTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await host.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Answers_the_appraisal_types_of_the_active_plugins()
    {
        var (status, body) = await PostAsync("{ appraisalTypes { key name { zhCn } distribution { strategy } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        var types = body.GetProperty("data").GetProperty("appraisalTypes").EnumerateArray().ToArray();
        Assert.Equal(["democratic-review", "people-satisfied-agency", "performance", "satisfaction"], types.Select(t => t.GetProperty("key").GetString()));
        Assert.Equal("民主评议党员", types[0].GetProperty("name").GetProperty("zhCn").GetString());
        Assert.Equal("public-link", types[3].GetProperty("distribution").GetProperty("strategy").GetString());
        Assert.Equal("balanced-peer", types[2].GetProperty("distribution").GetProperty("strategy").GetString());
    }

    [Fact]
    public async Task Other_methods_get_405_with_the_allowed_ones()
    {
        using var response = await host.Client.PutAsync("graphql", Json("""{"query":"{ __typename }"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_mutation_over_GET_gets_405_and_is_not_executed()
    {
        using var response = await host.Client.GetAsync("graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_POST_that_is_not_UTF8_JSON_gets_415(string? contentType)
    {
        var content = new StringContent("""{"query":"{ __typename }"}""");
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        using var response = await host.Client.PostAsync("graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_Accept_header_allowing_no_GraphQL_response_type_gets_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = Json("""{"query":"{ __typename }"}""") };
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        var padding = new string(' ', 300 * 1024);
        using var response = await host.Client.PostAsync("graphql", Json($$"""{"query":"{ __typename {{padding}} }"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_limit_is_a_request_error()
    {
        var nested = string.Concat(Enumerable.Repeat("ofType { ", 30)) + "name" + string.Concat(Enumerable.Repeat(" }", 30));

        var (status, body) = await PostAsync($$"""{ __type(name: "Query") { {{nested}} } }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("maximum depth of 24", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_a_syntax_error_not_a_crash()
    {
        var fields = string.Join(' ', Enumerable.Repeat("__typename", 20_000));

        var (status, body) = await PostAsync($"{{ {fields} }}", "application/json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("Syntax Error:", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_persisted_query_is_learnt_once_and_then_answered_by_its_hash_alone()
    {
        var query = "{ appraisalTypes { key } __typename }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";
        var byHash = "graphql?extensions=" + Uri.EscapeDataString(extensions);

        using var unknown = await host.Client.GetAsync(byHash);
        var unknownBody = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        using var learnt = await host.Client.PostAsync("graphql", Json($$$"""{"query":"{{{query}}}","extensions":{{{extensions}}}}"""));
        using var known = await host.Client.GetAsync(byHash);
        var knownBody = await known.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal("PersistedQueryNotFound", unknownBody.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknownBody.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, learnt.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(4, knownBody.GetProperty("data").GetProperty("appraisalTypes").GetArrayLength());
    }

    [Fact]
    public async Task A_persisted_query_whose_text_does_not_match_its_hash_is_refused()
    {
        var wrongHash = new string('0', 64);

        using var response = await host.Client.PostAsync("graphql",
            Json($$$$"""{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"{{{{wrongHash}}}}"}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
