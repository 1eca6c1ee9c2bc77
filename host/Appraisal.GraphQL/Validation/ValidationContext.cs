using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Types.DirectiveDefinition;
using FieldDefinition = Appraisal.GraphQL.Types.FieldDefinition;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// What rules share during one validation: the schema and document, the types at the current position,
/// fragments by name, cached fragment spreads and variable usages, and where errors go.
/// </summary>
public sealed partial class ValidationContext
{
    // graphql-js 17.1 bounds the work spent following fragments the same way.
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly List<GraphQLError> _errors = [];
    private readonly List<SyntaxNode> _ancestors = [];
    private Dictionary<string, FragmentDefinition>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, Document document, ValidationOptions options, TypeInfo typeInfo)
    {
        Schema = schema;
        Document = document;
        Options = options;
        _typeInfo = typeInfo;
    }

    public Schema Schema { get; }

    public Document Document { get; }

    public ValidationOptions Options { get; }

    /// <summary>The errors reported so far, in order.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The nodes above the current one, the document first; the last is the current node's parent.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <inheritdoc cref="TypeInfo.Type"/>
    public GraphType? Type => _typeInfo.Type;

    /// <inheritdoc cref="TypeInfo.ParentType"/>
    public NamedGraphType? ParentType => _typeInfo.ParentType;

    /// <inheritdoc cref="TypeInfo.InputType"/>
    public GraphType? InputType => _typeInfo.InputType;

    /// <inheritdoc cref="TypeInfo.ParentInputType"/>
    public GraphType? ParentInputType => _typeInfo.ParentInputType;

    /// <inheritdoc cref="TypeInfo.FieldDefinition"/>
    public FieldDefinition? FieldDefinition => _typeInfo.FieldDefinition;

    /// <inheritdoc cref="TypeInfo.FieldParentType"/>
    public NamedGraphType? FieldParentType => _typeInfo.FieldParentType;

    /// <inheritdoc cref="TypeInfo.Directive"/>
    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <inheritdoc cref="TypeInfo.Argument"/>
    public InputValueDefinition? Argument => _typeInfo.Argument;

    /// <inheritdoc cref="TypeInfo.DefaultValue"/>
    public Value? DefaultValue => _typeInfo.DefaultValue;

    /// <summary>Adds an error; past <see cref="ValidationOptions.MaxErrors"/> the validation stops.</summary>
    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= Options.MaxErrors)
        {
            throw new ValidationAbortedException(ValidationErrors.TooManyErrors());
        }

        _errors.Add(error);
    }

    /// <summary>The fragment definition with this name (the last one, if the name is defined twice), or null.</summary>
    public FragmentDefinition? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinition fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Charges work spent following fragments; validation stops with "Validation aborted." when the budget is spent.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(ValidationErrors.ValidationAborted());
        }
    }

    /// <summary>The field definition of a composite type by name, meta fields (<c>__typename</c>…) included.</summary>
    public FieldDefinition? FindField(NamedGraphType parentType, string name) => _typeInfo.FindField(parentType, name);

    internal void PushAncestor(SyntaxNode node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
