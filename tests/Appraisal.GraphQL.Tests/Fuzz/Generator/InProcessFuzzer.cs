using System.Diagnostics;
using System.Text.Json;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>One input that broke a rule, with what is needed to replay it (seed and index).</summary>
internal sealed record FuzzFailure(int Seed, long Index, string Rule, string Detail, string Input);

/// <summary>Counts of one fuzz run.</summary>
internal sealed class FuzzStats
{
    private long _documents;
    private long _generated;
    private long _mutated;
    private long _byteParses;
    private long _requestErrors;
    private long _withData;
    private long _withFieldErrors;
    private long _bytes;
    private long _failures;
    private long _makeTicks;
    private long _parseTicks;
    private long _executeTicks;

    public long Documents => Interlocked.Read(ref _documents);

    public long Generated => Interlocked.Read(ref _generated);

    public long Mutated => Interlocked.Read(ref _mutated);

    public long ByteParses => Interlocked.Read(ref _byteParses);

    public long RequestErrors => Interlocked.Read(ref _requestErrors);

    public long WithData => Interlocked.Read(ref _withData);

    public long WithFieldErrors => Interlocked.Read(ref _withFieldErrors);

    public long Bytes => Interlocked.Read(ref _bytes);

    public long FailureCount => Interlocked.Read(ref _failures);

    public TimeSpan Elapsed { get; set; }

    public List<FuzzFailure> Failures { get; } = [];

    /// <summary>The slowest documents: index, time, length and start.</summary>
    public List<(long Index, TimeSpan Time, int Length, string Start)> Slowest { get; } = [];

    internal void Time(long index, TimeSpan time, string text)
    {
        lock (Slowest)
        {
            if (Slowest.Count >= 5 && time <= Slowest[^1].Time)
            {
                return;
            }

            Slowest.Add((index, time, text.Length, text[..Math.Min(text.Length, 80)].ReplaceLineEndings(" ")));
            Slowest.Sort((a, b) => b.Time.CompareTo(a.Time));
            if (Slowest.Count > 5)
            {
                Slowest.RemoveAt(5);
            }
        }
    }

    internal void Count(bool generated, long bytes)
    {
        Interlocked.Increment(ref _documents);
        Interlocked.Increment(ref generated ? ref _generated : ref _mutated);
        Interlocked.Add(ref _bytes, bytes);
    }

    /// <summary>Where the time went: making inputs, parsing bytes, the service (parse, validate, execute).</summary>
    public string TimeSplit => $"making inputs {Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _makeTicks)).TotalSeconds:F1} s, "
        + $"byte parser {Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _parseTicks)).TotalSeconds:F1} s, "
        + $"service {Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _executeTicks)).TotalSeconds:F1} s (summed over workers)";

    internal void AddTicks(long make, long parse, long execute)
    {
        Interlocked.Add(ref _makeTicks, make);
        Interlocked.Add(ref _parseTicks, parse);
        Interlocked.Add(ref _executeTicks, execute);
    }

    internal void CountFailure() => Interlocked.Increment(ref _failures);

    internal void CountByteParse() => Interlocked.Increment(ref _byteParses);

    internal void CountResult(ExecutionResult result)
    {
        if (!result.HasData)
        {
            Interlocked.Increment(ref _requestErrors);
        }
        else if (result.Errors.Count > 0)
        {
            Interlocked.Increment(ref _withFieldErrors);
        }
        else
        {
            Interlocked.Increment(ref _withData);
        }
    }

    public override string ToString() =>
        $"{Documents} documents ({Generated} generated, {Mutated} mutated, {Bytes / 1024 / 1024} MiB) in {Elapsed.TotalSeconds:F1} s; "
        + $"{ByteParses} parsed straight from bytes; results: {RequestErrors} request errors, {WithFieldErrors} data+errors, {WithData} data only; "
        + $"{FailureCount} failures";
}

/// <summary>
/// Sends generated and mutated documents with random variables through <see cref="GraphQLService.ExecuteAsync(Schema, GraphQLRequest, IServiceProvider?, CancellationToken)"/>
/// and the byte parser, checking that nothing throws (a syntax error is a result, not an exception) and that every
/// result is a well-formed response: a request error has errors and no <c>data</c>; an execution result has
/// <c>data</c>, and errors when <c>data</c> is null. Document <c>i</c> of seed <c>s</c> is rebuilt from <c>(s, i)</c> alone.
/// </summary>
internal sealed class InProcessFuzzer(int seed, IReadOnlyList<string> seeds, Schema? schema = null, GraphQLService? service = null)
{
    private readonly Schema _schema = schema ?? FuzzSchema.Schema;
    private readonly GraphQLService _service = service ?? new GraphQLService();

    /// <summary>Largest run a single mutation adds.</summary>
    public int MaxSize { get; init; } = 100_000;

    /// <summary>Failures kept (the run goes on counting).</summary>
    public int MaxFailures { get; init; } = 20;

    public async Task<FuzzStats> RunAsync(long documents, TimeSpan limit, int workers = 1, Action<FuzzStats>? progress = null)
    {
        var stats = new FuzzStats();
        var clock = Stopwatch.StartNew();
        long next = -1;
        var tasks = Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Task.Run(async () =>
        {
            long index;
            while ((index = Interlocked.Increment(ref next)) < documents && clock.Elapsed < limit)
            {
                await RunOneAsync(index, stats);
                if (progress is not null && index % 100_000 == 0 && index > 0)
                {
                    progress(stats);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        stats.Elapsed = clock.Elapsed;
        return stats;
    }

    /// <summary>The random source of document <paramref name="index"/>: the same for the same seed and index.</summary>
    public static Random RandomFor(int seed, long index) => new(unchecked((int)(seed * 1_000_003L + index * 7_919L)) ^ (int)(index >> 31));

    private async Task RunOneAsync(long index, FuzzStats stats)
    {
        var t0 = Stopwatch.GetTimestamp();
        var random = RandomFor(seed, index);
        var generated = random.Next(5) < 2;
        string text;
        byte[]? bytes = null;
        string? operationName = null;
        Dictionary<string, object?>? variables;
        var variablesGenerator = new VariablesGenerator(random) { MaxSize = Math.Min(MaxSize, 10_000) };
        if (generated)
        {
            var document = new DocumentGenerator(_schema, random).Next();
            text = document.Text;
            operationName = document.OperationName;
            variables = variablesGenerator.For(document.Variables, strict: !document.Sloppy);
        }
        else
        {
            var mutator = new DocumentMutator(seeds, random) { MaxSize = MaxSize };
            bytes = mutator.Next();
            text = mutator.ToText(bytes);
            variables = random.Next(3) == 0 ? variablesGenerator.For([("v", null), ("x", null)]) : null;
            operationName = random.Next(8) == 0 ? "Q" : null;
        }

        stats.Count(generated, bytes?.Length ?? text.Length);
        var t1 = Stopwatch.GetTimestamp();
        if (bytes is not null)
        {
            stats.CountByteParse();
            Check(stats, index, "Parser.Parse(bytes) throws only GraphQLSyntaxException", bytes, () =>
            {
                try
                {
                    _ = random.Next(10) == 0 ? Parser.ParseValue(bytes) : (object)Parser.Parse(bytes);
                }
                catch (GraphQLSyntaxException)
                {
                    // The documented way to reject a document.
                }
            });
        }

        ExecutionResult result;
        var started = Stopwatch.GetTimestamp();
        stats.AddTicks(t1 - t0, started - t1, 0);
        try
        {
            result = await _service.ExecuteAsync(_schema, new GraphQLRequest(text, operationName, variables));
            stats.Time(index, Stopwatch.GetElapsedTime(started), text);
            stats.AddTicks(0, 0, Stopwatch.GetTimestamp() - started);
        }
        catch (Exception exception)
        {
            Fail(stats, index, "GraphQLService.ExecuteAsync does not throw", exception.ToString(), text);
            return;
        }

        stats.CountResult(result);
        var shape = ShapeProblem(result);
        if (shape is not null)
        {
            Fail(stats, index, "the result is a well-formed response", shape, text);
        }
    }

    /// <summary>Null when <paramref name="result"/> and its JSON are a well-formed GraphQL response; else what is wrong.</summary>
    public static string? ShapeProblem(ExecutionResult result)
    {
        if (!result.HasData && (result.Errors.Count == 0 || result.Data is not null))
        {
            return "a request error result without errors";
        }

        if (result.HasData && result.Data is null && result.Errors.Count == 0)
        {
            return "null data without errors";
        }

        string json;
        try
        {
            json = ResponseWriter.ToJson(result);
        }
        catch (Exception exception)
        {
            return "ResponseWriter threw " + exception;
        }

        return JsonShapeProblem(json, result.HasData);
    }

    /// <summary>Null when <paramref name="json"/> is a GraphQL response object (with <c>data</c> iff <paramref name="hasData"/>, when given).</summary>
    public static string? JsonShapeProblem(string json, bool? hasData = null)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "the response is not a JSON object: " + Clip(json);
            }

            var data = root.TryGetProperty("data", out var d);
            if (hasData is { } expected && data != expected)
            {
                return $"'data' present: {data}, expected {expected}: " + Clip(json);
            }

            if (root.TryGetProperty("errors", out var errors))
            {
                if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
                {
                    return "'errors' is not a non-empty list: " + Clip(json);
                }

                foreach (var error in errors.EnumerateArray())
                {
                    if (!error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                    {
                        return "an error without a message: " + Clip(json);
                    }
                }
            }
            else if (!data)
            {
                return "neither data nor errors: " + Clip(json);
            }

            return null;
        }
        catch (JsonException exception)
        {
            return "the response is not JSON (" + exception.Message + "): " + Clip(json);
        }
    }

    private void Check(FuzzStats stats, long index, string rule, byte[] input, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            Fail(stats, index, rule, exception.ToString(), Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 4_096))));
        }
    }

    private void Fail(FuzzStats stats, long index, string rule, string detail, string input)
    {
        stats.CountFailure();
        lock (stats.Failures)
        {
            if (stats.Failures.Count < MaxFailures)
            {
                stats.Failures.Add(new FuzzFailure(seed, index, rule, detail, Clip(input, 4_096)));
            }
        }
    }

    private static string Clip(string text, int length = 600) => text.Length <= length ? text : text[..length] + $"… ({text.Length} chars)";
}
