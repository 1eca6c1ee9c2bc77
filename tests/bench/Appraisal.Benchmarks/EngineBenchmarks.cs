using System.Buffers;
using System.Text;
using Appraisal.GraphQL;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Validation;
using BenchmarkDotNet.Attributes;

namespace Appraisal.Benchmarks;

/// <summary>
/// The engine's phases per fixture document, the same cases as <c>graphql-js/bench.mjs</c>: parse, validate, execute
/// a cached (parsed and validated) document, and the whole pipeline of <see cref="GraphQLService"/> with its document
/// cache warm, writing the JSON response into a reused buffer.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Schema _schema = null!;
    private string _source = null!;
    private IReadOnlyDictionary<string, object?>? _variables;
    private Document _document = null!;
    private Executor _executor = null!;
    private GraphQLService _service = null!;
    private GraphQLRequest _request = null!;

    [Params("three-field", "fragments", "introspection")]
    public string Document { get; set; } = "three-field";

    [GlobalSetup]
    public void Setup()
    {
        _schema = Fixture.Schema;
        _source = Fixture.Source(Document);
        _variables = Fixture.Variables(Document);
        _document = Parser.Parse(_source);
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{Document}: invalid document: {string.Join("; ", errors.Select(e => e.Message))}");
        }

        _executor = new Executor();
        _service = new GraphQLService();
        _request = new GraphQLRequest(_source, null, _variables);

        // Never benchmark a wrong answer: both paths must give graphql-js's response, byte for byte.
        Fixture.AssertExpected(Document, ResponseWriter.ToJson(Execute().GetAwaiter().GetResult()));
        Pipeline().GetAwaiter().GetResult();
        Fixture.AssertExpected(Document, Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    [Benchmark]
    public Document Parse() => Parser.Parse(_source);

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    /// <summary>Execution of a parsed and validated document (the executor's plan cache warm), without serialization.</summary>
    [Benchmark]
    public Task<ExecutionResult> Execute() => _executor.ExecuteAsync(new ExecutionRequest(_schema, _document, null, _variables));

    /// <summary><see cref="GraphQLService.ExecuteAsync(Schema, GraphQLRequest, IServiceProvider?, CancellationToken)"/>
    /// (hash, document cache hit, execute) and <see cref="ResponseWriter"/> into a reused buffer.</summary>
    [Benchmark]
    public async Task<int> Pipeline()
    {
        var result = await _service.ExecuteAsync(_schema, _request).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
        ResponseWriter.Write(result, _buffer);
        return _buffer.WrittenCount;
    }
}
