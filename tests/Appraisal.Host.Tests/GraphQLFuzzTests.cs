using System.Net;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>Malformed requests the fuzz of <c>/graphql</c> found answered with a 5xx: each must be a 4xx.</summary>
public sealed class GraphQLFuzzTests(RunningHost host) : IClassFixture<RunningHost>
{
    /// <summary>
    /// Found by the fuzz: JSON may escape a lone surrogate, which no .NET string can be read from
    /// (<c>JsonElement.GetString</c> throws InvalidOperationException); that was a 500, it is a malformed request.
    /// </summary>
    [Theory]
    [InlineData("""{"query":"{ __typename }","variables":{"v":"\uD800"}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"\uDC00":1}}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"v":["\uD800\u0041"]}}""")]
    [InlineData("""{"query":"{ __typename }","operationName":"\uD800"}""")]
    [InlineData("""{"query":"{ __typename }","extensions":{"e":"\uDFFF"}}""")]
    [InlineData("""{"query":"\uD800"}""")]
    [InlineData("""{"query":"{ a(s: \"\uD83D\") }"}""")]
    public async Task A_JSON_body_with_a_lone_surrogate_escape_is_a_bad_request_not_a_500(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task GET_variables_with_a_lone_surrogate_escape_are_a_bad_request_not_a_500()
    {
        using var response = await host.Client.GetAsync("graphql?query=%7B__typename%7D&variables=" + Uri.EscapeDataString("""{"v":"\uD800"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
