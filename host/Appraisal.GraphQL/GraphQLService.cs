using System.Security.Cryptography;
using System.Text;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Validation;
using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL;

/// <summary>
/// The whole pipeline (graphql-js's <c>graphql()</c>): parse, validate, execute, with a cache of parsed and
/// validated documents keyed by schema and document hash, and the endpoint protections of
/// <see cref="GraphQLServiceOptions"/>. One instance serves every request; it is thread-safe.
/// </summary>
public sealed class GraphQLService
{
    private readonly GraphQLServiceOptions _options;
    private readonly IReadOnlyList<IValidationRule> _rules;
    private readonly ValidationOptions _validation;
    private readonly DocumentCache _cache;
    private readonly Executor _executor;

    public GraphQLService(GraphQLServiceOptions? options = null)
    {
        _options = options ?? GraphQLServiceOptions.Default;
        var rules = new List<IValidationRule>(SpecifiedRules.All);
        if (_options.MaxSelectionDepth is { } depth)
        {
            rules.Add(new MaxDepthRule(depth));
        }

        if (_options.MaxFields is { } fields)
        {
            rules.Add(new MaxFieldsRule(fields));
        }

        if (!_options.AllowIntrospection)
        {
            rules.Add(new NoIntrospectionRule());
        }

        _rules = rules;
        _validation = new ValidationOptions { MaxErrors = _options.MaxValidationErrors };
        _cache = new DocumentCache(_options.DocumentCacheSize);
        _executor = new Executor(_options.Execution);
    }

    /// <summary>SHA-256 of a document's text, lowercase hex: the cache key and the persisted-query id.</summary>
    public static string HashOf(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>Parses and validates <paramref name="query"/> against <paramref name="schema"/>, or takes the cached verdict.</summary>
    public PreparedDocument Prepare(Schema schema, string query)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(query);
        if (_cache.TryGet(schema.Id, query, out var cached))
        {
            return cached;
        }

        var prepared = PrepareUncached(schema, query, HashOf(query));
        _cache.Add(schema.Id, query, prepared);
        return prepared;
    }

    /// <summary>Executes a prepared, valid document; request errors of a prepared document are returned as they are.</summary>
    public Task<ExecutionResult> ExecuteAsync(
        Schema schema, PreparedDocument prepared, GraphQLRequest request, IServiceProvider? services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        if (!prepared.IsValid)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors(prepared.Errors));
        }

        return _executor.ExecuteAsync(new ExecutionRequest(
            schema, prepared.Document!, request.OperationName, request.Variables, RootValue: null, services, cancellationToken));
    }

    /// <summary>Parse, validate and execute in one call.</summary>
    public Task<ExecutionResult> ExecuteAsync(
        Schema schema, GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query is null)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors([new GraphQLError("Must provide query string.")]));
        }

        return ExecuteAsync(schema, Prepare(schema, request.Query), request, services, cancellationToken);
    }

    private PreparedDocument PrepareUncached(Schema schema, string query, string hash)
    {
        Document document;
        try
        {
            document = Parser.Parse(query, _options.Parser);
        }
        catch (GraphQLSyntaxException syntax)
        {
            var error = new GraphQLError(syntax.Message, [new ErrorLocation(syntax.Line, syntax.Column)],
                Extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.SyntaxError });
            return PreparedDocument.Invalid(hash, null, [error]);
        }

        var errors = DocumentValidator.Validate(schema, document, _rules, _validation);
        return errors.Count == 0 ? PreparedDocument.Valid(hash, document) : PreparedDocument.Invalid(hash, document, errors);
    }
}
