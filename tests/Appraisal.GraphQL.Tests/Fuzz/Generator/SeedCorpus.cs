using System.Text.Json;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>
/// Seed documents for <see cref="DocumentMutator"/>: the graphql-js oracle cases of the engine's tests (language,
/// validation, execution and SDL modules) plus a few written for <see cref="FuzzSchema"/> and the product schema.
/// </summary>
internal static class SeedCorpus
{
    private static readonly string[] BuiltIn =
    [
        "{ __typename }",
        "query Q($id: ID!, $f: Filter = { color: RED, tags: [\"a\"] }) { person(id: $id) { id name(upper: true) friends(first: 2) { ...P } pets { ... on Dog { barks } ... on Cat { lives } } } people(filter: $f) { id } }\nfragment P on Person { id age best { __typename } }",
        "{ echo(int: 1, float: 1.5, string: \"s\", bool: true, id: 4, color: RED, list: [1, 2], nested: [[\"a\"]], filter: { nested: { nested: { name: \"x\" } } }, any: { a: [1, { b: null }] }, date: \"2024\") }",
        "{ pet(pick: { id: 1 }) { ... on Named { name } } search(text: \"x\") { __typename ... on Node { id } } node(id: 1) { id } }",
        "mutation M { setName(id: 1, name: \"n\") { id } incr incr2: incr(by: 2) }",
        "subscription S { tick }",
        "{ deep { deep { deep { fail failNonNull asyncFail slow bigList(size: 1000) } } } }",
        "query ($v: [[Int!]]!, $b: Boolean! = true) { a: echo(nested: $v) @skip(if: $b) b: echo(any: $v) @include(if: $b) }",
        "{ appraisalTypes { key name { zhCn en } description { zhCn } distribution { strategy options { key value } } templates { key questionnaire { scales { key options { key value countsAsSatisfied } } items { key kind scope showWhen { itemKey optionKeys } } } } } plugins { id name version status lastError appraisalTypes bundled } }",
        "query ($k: String!) { appraisalType(key: $k) { key pluginId pluginVersion } }",
        "{ __schema { queryType { name } types { name kind fields(includeDeprecated: true) { name args { name type { ofType { name } } } } } } }",
        "{ __type(name: \"Query\") { name fields { name } } }",
    ];

    /// <summary>The built-in seeds and every oracle document under <paramref name="repositoryRoot"/> (none if null).</summary>
    public static IReadOnlyList<string> Load(string? repositoryRoot)
    {
        var seeds = new List<string>(BuiltIn);
        if (repositoryRoot is null)
        {
            return seeds;
        }

        var tests = Path.Combine(repositoryRoot, "tests", "Appraisal.GraphQL.Tests");
        seeds.AddRange(Strings(Path.Combine(tests, "Language", "Oracle", "graphql-js-cases.json"), "source"));
        seeds.AddRange(Strings(Path.Combine(tests, "Execution", "Oracle", "graphql-js-execution.json"), "source"));
        seeds.AddRange(Strings(Path.Combine(tests, "Validation", "Oracle", "validation-cases.json"), "source"));
        var schemaCases = Path.Combine(tests, "Types", "Oracle", "schema-cases.json");
        if (File.Exists(schemaCases))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(schemaCases));
            seeds.AddRange(document.RootElement.EnumerateArray()
                .SelectMany(c => c.TryGetProperty("modules", out var modules) ? modules.EnumerateArray() : default)
                .Select(m => m.GetString() ?? ""));
        }

        var sdl = Path.Combine(repositoryRoot, "host", "Appraisal.Host", "Api", "schema.graphql");
        if (File.Exists(sdl))
        {
            seeds.Add(File.ReadAllText(sdl));
        }

        return seeds.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The repository root (where <c>Appraisal.sln</c> is) above the running program or the current directory.</summary>
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Appraisal.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Strings(string path, string property)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.EnumerateArray()
            .Select(c => c.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : null)
            .OfType<string>()
            .ToList();
    }
}
