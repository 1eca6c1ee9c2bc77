using System.Text.Json;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Tests.Language.Oracle;

/// <summary>
/// Our own documents with the results graphql-js 17.1.0 gives for them (<c>graphql-js-cases.json</c>,
/// refreshed by <c>generate.mjs</c>). Cases where we deliberately follow the spec rather than graphql-js
/// are left out of the file and tested on their own.
/// </summary>
internal static class GraphQLJsCases
{
    private static readonly Lazy<IReadOnlyList<OracleCase>> All = new(Load);

    /// <summary>Cases graphql-js prints: kind, source, printed text.</summary>
    public static TheoryData<string, string, string> Printed()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var c in All.Value.Where(c => c.Printed is not null))
        {
            data.Add(c.Kind, c.Source, c.Printed!);
        }

        return data;
    }

    /// <summary>Cases graphql-js rejects: kind, source, message, line, column.</summary>
    public static TheoryData<string, string, string, int, int> Rejected()
    {
        var data = new TheoryData<string, string, string, int, int>();
        foreach (var c in All.Value.Where(c => c.Error is not null))
        {
            data.Add(c.Kind, c.Source, c.Error!, c.Line ?? 0, c.Column ?? 0);
        }

        return data;
    }

    /// <summary>Parses <paramref name="source"/> the way the case's kind says graphql-js did.</summary>
    public static SyntaxNode Parse(string kind, string source) => kind switch
    {
        "document" => Parser.Parse(source),
        "value" => Parser.ParseValue(source),
        "type" => Parser.ParseType(source),
        "coordinate" => Parser.ParseSchemaCoordinate(source),
        _ => throw new ArgumentException($"Unknown case kind {kind}.", nameof(kind)),
    };

    private static IReadOnlyList<OracleCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Language", "Oracle", "graphql-js-cases.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<OracleCase>>(File.ReadAllText(path), options)!;
    }

    private sealed record OracleCase(string Kind, string Source, string? Printed, string? Error, int? Line, int? Column);
}
