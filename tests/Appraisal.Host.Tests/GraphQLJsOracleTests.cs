using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>
/// The engine's tests compare it with expected results committed beside them (<c>*/Oracle/*.json</c>). Here
/// graphql-js itself, pinned by <c>tests/conformance/package-lock.json</c>, produces those results again from
/// the same inputs, so the committed files are proven to be graphql-js's answers, not edited ones.
/// </summary>
public sealed class GraphQLJsOracleTests
{
    [Theory]
    [InlineData("Language", "graphql-js-cases.json")]
    [InlineData("Types", "schema-cases.json")]
    [InlineData("Validation", "validation-cases.json")]
    [InlineData("Execution", "graphql-js-execution.json", "fixture-printed.graphql")]
    public async Task The_committed_expectations_are_what_graphql_js_answers(string area, params string[] expectations)
    {
        var committed = Path.Combine(RepositoryPaths.Root, "tests", "Appraisal.GraphQL.Tests", area);
        // Inside tests/conformance, so the generator's `import 'graphql'` resolves to the pinned copy.
        var scratch = Path.Combine(NodeConformance.Folder, ".oracle", Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(committed, Path.Combine(scratch, area));

            await NodeConformance.RunAsync(Path.Combine(scratch, area, "Oracle", "generate.mjs"), NodeConformance.Folder);

            foreach (var file in expectations)
            {
                var expected = await File.ReadAllTextAsync(Path.Combine(committed, "Oracle", file));
                var regenerated = await File.ReadAllTextAsync(Path.Combine(scratch, area, "Oracle", file));
                Assert.True(expected.Length > 300, $"the committed {file} is suspiciously small");
                // The validation corpus also harvests the documents of the rule tests, so a new rule test changes it.
                Assert.True(expected == regenerated,
                    $"graphql-js answers differently from tests/Appraisal.GraphQL.Tests/{area}/Oracle/{file}. If the inputs changed on " +
                    $"purpose, take the regenerated file from a copy of {area}/ placed under tests/conformance (as this test does), " +
                    "where generate.mjs finds the pinned graphql.");
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
