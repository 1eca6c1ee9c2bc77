using System.Net;
using Appraisal.GraphQL.Fuzz;
using Appraisal.GraphQL.Utilities;
using Appraisal.Host.Tests.Fuzz;
using Appraisal.Host.Tests.Support;
using Xunit.Abstractions;

namespace Appraisal.Host.Tests;

/// <summary>
/// The quick HTTP fuzz of <c>/graphql</c> on a real host: mutated and generated documents, malformed JSON bodies,
/// bodies around the size limit, odd content types, Accept headers, methods and query strings. Nothing may get a
/// 5xx or go unanswered, and the host must still answer <c>/healthz</c>. Set <c>APPRAISAL_FUZZ_SEED</c> to replay a
/// printed seed; the long run is <c>tests/bench/fuzz/run.sh</c>.
/// </summary>
public sealed class GraphQLFuzzTests(RunningHost host, ITestOutputHelper output) : IClassFixture<RunningHost>
{
    private const int DefaultSeed = 20_260_101;

    private static int Seed => FuzzSeed.Or(DefaultSeed);

    [Fact]
    public async Task Three_thousand_fuzzed_requests_get_no_5xx_and_the_host_stays_healthy()
    {
        var seeds = SeedCorpus.Load(RepositoryPaths.Root);
        var schema = new SchemaBuilder().AddSdl(RepositoryPaths.ProductSchemaSdl()).Build();
        var fuzzer = new HttpFuzzer(host.Client, host.Client.BaseAddress!, new HttpCaseGenerator(schema, seeds), Seed);

        var stats = await fuzzer.RunAsync(3_000, TimeSpan.FromSeconds(60), workers: 4);

        output.WriteLine($"seed {Seed}: {stats}");
        Assert.True(stats.FailureCount == 0, string.Join("\n\n", stats.Failures));
        Assert.Equal(3_000, stats.Requests);
        using var health = await host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

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
