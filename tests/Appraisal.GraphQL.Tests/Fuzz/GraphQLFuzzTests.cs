using System.Globalization;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Fuzz;
using Appraisal.GraphQL.Language;
using Xunit.Abstractions;

namespace Appraisal.GraphQL.Tests.Fuzz;

/// <summary>
/// The quick in-process fuzz: generated and mutated documents with random variables through the whole pipeline
/// (<see cref="GraphQLService"/>) and the byte parser. Seeded: set <c>APPRAISAL_FUZZ_SEED</c> to replay a printed seed.
/// The long run is <c>tests/bench/fuzz/run.sh</c>.
/// </summary>
public sealed class GraphQLFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20_260_101;

    private static readonly IReadOnlyList<string> Seeds = SeedCorpus.Load(SeedCorpus.FindRepositoryRoot());

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("APPRAISAL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : DefaultSeed;

    [Fact]
    public async Task Ten_thousand_documents_never_throw_and_always_get_a_well_formed_response()
    {
        var fuzzer = new InProcessFuzzer(Seed, Seeds) { MaxSize = 20_000 };

        var stats = await fuzzer.RunAsync(10_000, TimeSpan.FromSeconds(60), workers: Environment.ProcessorCount);

        output.WriteLine($"seed {Seed}, {Seeds.Count} seed documents: {stats}");
        Assert.True(Seeds.Count > 500, $"only {Seeds.Count} seed documents: the oracle files were not found");
        Assert.True(stats.FailureCount == 0, string.Join("\n\n", stats.Failures));
        Assert.Equal(10_000, stats.Documents);
        Assert.True(stats.RequestErrors > 0 && stats.WithData > 0 && stats.WithFieldErrors > 0, "the mix should reach every kind of result");
    }

    [Fact]
    public void Random_bytes_and_invalid_UTF8_are_syntax_errors_not_crashes()
    {
        var random = new Random(Seed);
        byte[][] fixedCases =
        [
            [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x7B, 0x20, 0xC3], [0x00], [0xEF, 0xBB, 0xBF, 0x7B, 0x61, 0x7D],
            "{ a(s: \"\xFF\") }"u8.ToArray(), [.. "{ a(s: \""u8, 0xED, 0xB0, 0x80, .. "\") }"u8], [.. "\"\"\""u8, 0xE2, 0x82, .. "\"\"\""u8],
            [.. "{ a # "u8, 0xFE, 0xFF, .. "\n}"u8], [.. "{ a"u8, 0xC2, 0xA0, .. "}"u8],
        ];
        var problems = new List<string>();
        void Parse(byte[] bytes)
        {
            foreach (var parse in new Action[] { () => Parser.Parse(bytes), () => Parser.ParseValue(bytes), () => Parser.ParseType(bytes) })
            {
                try
                {
                    parse();
                }
                catch (GraphQLSyntaxException)
                {
                    // Documented.
                }
                catch (Exception exception)
                {
                    problems.Add($"{Convert.ToHexString(bytes.AsSpan(0, Math.Min(bytes.Length, 64)))}: {exception}");
                }
            }
        }

        foreach (var bytes in fixedCases)
        {
            Parse(bytes);
        }

        var mutator = new DocumentMutator(Seeds, random) { MaxSize = 20_000 };
        for (var i = 0; i < 5_000; i++)
        {
            var bytes = i % 2 == 0 ? mutator.Next() : RandomBytes(random);
            Parse(bytes);
        }

        output.WriteLine($"seed {Seed}");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Theory]
    [InlineData("{a", 100_000, "}")]
    [InlineData("{ f(a: [", 100_000, "]) }")]
    [InlineData("{ f(a: {a: ", 50_000, "}) }")]
    [InlineData("query ($v: [", 100_000, "]) { a }")]
    [InlineData("{ ... on Query { ", 50_000, "} }")]
    public async Task Very_deep_nesting_is_a_syntax_error_not_a_stack_overflow(string open, int depth, string close)
    {
        var source = string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));

        var result = await new GraphQLService().ExecuteAsync(FuzzSchema.Schema, new GraphQLRequest(source));

        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.SyntaxError, Assert.Single(result.Errors).Code);
        Assert.Null(InProcessFuzzer.ShapeProblem(result));
    }

    [Fact]
    public async Task Random_variables_of_any_shape_are_coerced_or_rejected_with_errors()
    {
        const string Document = """
            query ($i: Int, $f: Float!, $s: String, $b: Boolean, $id: ID, $c: Color, $l: [Int], $n: [[String]], $fi: Filter, $p: Pick!, $a: Any, $d: DateTime) {
              echo(int: $i, float: $f, string: $s, bool: $b, id: $id, color: $c, list: $l, nested: $n, filter: $fi, any: $a, date: $d)
              pet(pick: $p) { __typename }
              people(filter: $fi) { id }
            }
            """;
        var random = new Random(Seed);
        var generator = new VariablesGenerator(random) { MaxSize = 5_000 };
        var service = new GraphQLService();
        string[] names = ["i", "f", "s", "b", "id", "c", "l", "n", "fi", "p", "a", "d"];
        var kinds = new HashSet<bool>();
        for (var i = 0; i < 2_000; i++)
        {
            var variables = names.Where(_ => random.Next(3) != 0).ToDictionary(n => n, _ => generator.Junk(0));
            if (random.Next(3) != 0)
            {
                // The non-null ones well typed, so execution is reached with junk in the nullable ones.
                variables["f"] = 1.5;
                variables["p"] = new Dictionary<string, object?> { ["id"] = 1 };
            }

            var result = await service.ExecuteAsync(FuzzSchema.Schema, new GraphQLRequest(Document, Variables: variables));
            kinds.Add(result.HasData);
            Assert.True(InProcessFuzzer.ShapeProblem(result) is null, $"{InProcessFuzzer.ShapeProblem(result)}\n{VariablesGenerator.ToJson(variables)}");
        }

        output.WriteLine($"seed {Seed}");
        Assert.Equal([false, true], kinds.Order());
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 200)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            // Mostly GraphQL punctuation and letters, so the parser gets past the first token.
            const string alphabet = "{}()[]:=@$!|&.\"\\ \n\tazAZ09_-#";
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] < 200)
                {
                    bytes[i] = (byte)alphabet[bytes[i] % alphabet.Length];
                }
            }
        }

        return bytes;
    }
}
