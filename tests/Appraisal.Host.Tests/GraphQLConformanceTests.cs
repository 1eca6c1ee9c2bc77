using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>The host's /graphql held to the reference tools: the graphql-http audit and graphql-js itself.</summary>
public sealed class GraphQLConformanceTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Every_graphql_http_audit_passes()
    {
        var output = await NodeConformance.RunAsync("audit.mjs", host.GraphQLUrl.ToString());
        var audits = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();

        var failed = audits.Where(a => a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("status").GetString()}: {a.GetProperty("name").GetString()} " +
                $"({a.GetProperty("reason")}, HTTP {a.GetProperty("httpStatus")}) {a.GetProperty("body").GetString()}")
            .ToArray();
        Assert.Empty(failed);
        Assert.Equal(61, audits.Length);
    }

    [Fact]
    public async Task The_product_schema_builds_and_validates_in_graphql_js_and_matches_its_source()
    {
        var output = await NodeConformance.RunAsync("product-schema.mjs", [host.GraphQLUrl.ToString(), .. RepositoryPaths.ProductSchemaFiles]);
        var result = JsonDocument.Parse(output).RootElement;

        Assert.Equal(200, result.GetProperty("status").GetInt32());
        Assert.Empty(result.GetProperty("errors").EnumerateArray());
        Assert.Contains("type AppraisalType", result.GetProperty("remote").GetString(), StringComparison.Ordinal);
        Assert.Equal(result.GetProperty("expected").GetString(), result.GetProperty("remote").GetString());

        // The bundled plugins' report extensions are bound: each adds a typed field to Report.
        var extensions = result.GetProperty("extensions").GetString()!.Split('\n');
        Assert.Contains("Report.democraticReview", extensions);
        Assert.Contains("Report.satisfaction", extensions);
        Assert.Contains("Report.peopleSatisfiedAgency", extensions);
    }
}
