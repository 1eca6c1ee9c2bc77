using System.Collections.ObjectModel;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation;

/// <summary>
/// Every validation message, worded as graphql-js 17.1 words it so clients and tests see the same text.
/// Each factory names the spec section it enforces (https://spec.graphql.org/September2025/#anchor).
/// Locations follow the nodes in the order given.
/// </summary>
public static partial class ValidationErrors
{
    private static readonly IReadOnlyDictionary<string, object?> Extensions =
        new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["code"] = ErrorCodes.ValidationFailed });

    /// <summary>sec-Executable-Definitions</summary>
    public static GraphQLError NonExecutableDefinition(Definition definition, string? name) =>
        Create($"The {(name is null ? "schema" : "\"" + name + "\"")} definition is not executable.", definition);

    /// <summary>sec-Operation-Type-Existence</summary>
    public static GraphQLError UnsupportedOperationType(OperationDefinition operation) =>
        Create($"The {Keyword(operation.Operation)} operation is not supported by the schema.", operation);

    /// <summary>sec-Operation-Name-Uniqueness</summary>
    public static GraphQLError DuplicateOperationName(Name first, Name second) =>
        Create($"There can be only one operation named \"{second.Value}\".", first, second);

    /// <summary>sec-Lone-Anonymous-Operation</summary>
    public static GraphQLError AnonymousOperationNotAlone(OperationDefinition operation) =>
        Create("This anonymous operation must be the only defined operation.", operation);

    /// <summary>sec-Single-Root-Field</summary>
    public static GraphQLError SubscriptionUsesSkipOrInclude(string? operationName, IEnumerable<Directive> directives) =>
        Create(Subscription(operationName) + " must not use `@skip` or `@include` directives in the top level selection.", directives);

    /// <summary>sec-Single-Root-Field</summary>
    public static GraphQLError SubscriptionSelectsNoField(string? operationName, SelectionSet selectionSet) =>
        Create(Subscription(operationName) + " must select one top level field.", selectionSet);

    /// <summary>sec-Single-Root-Field</summary>
    public static GraphQLError SubscriptionSelectsMoreThanOneField(string? operationName, IEnumerable<Field> extraFields) =>
        Create(Subscription(operationName) + " must select only one top level field.", extraFields);

    /// <summary>sec-Single-Root-Field</summary>
    public static GraphQLError SubscriptionSelectsIntrospectionField(string? operationName, IEnumerable<Field> fields) =>
        Create(Subscription(operationName) + " must not select an introspection top level field.", fields);

    /// <summary>sec-Fragment-Spread-Type-Existence (also variable types: sec-Variables-Are-Input-Types)</summary>
    public static GraphQLError UnknownType(NamedType type, IReadOnlyList<string> suggestions) =>
        Create($"Unknown type \"{type.Name.Value}\"." + Suggestions.DidYouMean(suggestions), type);

    /// <summary>sec-Fragments-On-Object-Interface-Or-Union-Types</summary>
    public static GraphQLError InlineFragmentOnNonCompositeType(NamedType typeCondition) =>
        Create($"Fragment cannot condition on non composite type \"{typeCondition.Name.Value}\".", typeCondition);

    /// <summary>sec-Fragments-On-Object-Interface-Or-Union-Types</summary>
    public static GraphQLError FragmentOnNonCompositeType(FragmentDefinition fragment) =>
        Create($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);

    /// <summary>sec-Variables-Are-Input-Types</summary>
    public static GraphQLError NonInputTypeVariable(VariableDefinition variable) =>
        Create($"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".", variable.Type);

    /// <summary>sec-Leaf-Field-Selections</summary>
    public static GraphQLError LeafFieldWithSelection(Field field, GraphType type) =>
        Create($"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", field.SelectionSet!);

    /// <summary>sec-Leaf-Field-Selections</summary>
    public static GraphQLError CompositeFieldWithoutSelection(Field field, GraphType type) =>
        Create($"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?", field);

    /// <summary>sec-Field-Selections</summary>
    public static GraphQLError UnknownField(Field field, NamedGraphType parentType, IReadOnlyList<string> suggestedTypes, IReadOnlyList<string> suggestedFields)
    {
        var suggestion = Suggestions.DidYouMean(suggestedTypes, "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(suggestedFields);
        }

        return Create($"Cannot query field \"{field.Name.Value}\" on type \"{parentType.Name}\"." + suggestion, field);
    }

    /// <summary>sec-Fragment-Name-Uniqueness</summary>
    public static GraphQLError DuplicateFragmentName(Name first, Name second) =>
        Create($"There can be only one fragment named \"{second.Value}\".", first, second);

    /// <summary>sec-Fragment-Spread-Target-Defined</summary>
    public static GraphQLError UnknownFragment(FragmentSpread spread) =>
        Create($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);

    /// <summary>sec-Fragments-Must-Be-Used</summary>
    public static GraphQLError UnusedFragment(FragmentDefinition fragment) =>
        Create($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);

    /// <summary>sec-Fragment-Spread-Is-Possible</summary>
    public static GraphQLError ImpossibleInlineFragment(InlineFragment fragment, NamedGraphType parentType, NamedGraphType fragmentType) =>
        Create($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", fragment);

    /// <summary>sec-Fragment-Spread-Is-Possible</summary>
    public static GraphQLError ImpossibleFragmentSpread(FragmentSpread spread, NamedGraphType parentType, NamedGraphType fragmentType) =>
        Create($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", spread);

    /// <summary>sec-Fragment-Spreads-Must-Not-Form-Cycles</summary>
    public static GraphQLError FragmentCycle(string fragmentName, IReadOnlyList<FragmentSpread> cycle)
    {
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
        return Create($"Cannot spread fragment \"{fragmentName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cycle);
    }

    /// <summary>sec-Variable-Uniqueness</summary>
    public static GraphQLError DuplicateVariable(string name, IEnumerable<Name> names) =>
        Create($"There can be only one variable named \"${name}\".", names);

    /// <summary>sec-All-Variable-Uses-Defined</summary>
    public static GraphQLError UndefinedVariable(Variable variable, OperationDefinition operation) =>
        Create(operation.Name is { } name
            ? $"Variable \"${variable.Name.Value}\" is not defined by operation \"{name.Value}\"."
            : $"Variable \"${variable.Name.Value}\" is not defined.", variable, operation);

    /// <summary>sec-All-Variables-Used</summary>
    public static GraphQLError UnusedVariable(VariableDefinition variable, OperationDefinition operation) =>
        Create(operation.Name is { } name
            ? $"Variable \"${variable.Variable.Name.Value}\" is never used in operation \"{name.Value}\"."
            : $"Variable \"${variable.Variable.Name.Value}\" is never used.", variable);

    /// <summary>sec-Directives-Are-Defined</summary>
    public static GraphQLError UnknownDirective(Directive directive) =>
        Create($"Unknown directive \"@{directive.Name.Value}\".", directive);

    /// <summary>sec-Directives-Are-In-Valid-Locations; <paramref name="location"/> as the spec spells it (<c>FRAGMENT_SPREAD</c>).</summary>
    public static GraphQLError MisplacedDirective(Directive directive, string location) =>
        Create($"Directive \"@{directive.Name.Value}\" may not be used on {location}.", directive);

    /// <summary>sec-Directives-Are-Unique-Per-Location</summary>
    public static GraphQLError DuplicateDirective(Directive first, Directive second) =>
        Create($"The directive \"@{second.Name.Value}\" can only be used once at this location.", first, second);

    /// <summary>sec-Argument-Names</summary>
    public static GraphQLError UnknownArgument(Argument argument, string fieldCoordinate, IReadOnlyList<string> suggestions) =>
        Create($"Unknown argument \"{argument.Name.Value}\" on field \"{fieldCoordinate}\"." + Suggestions.DidYouMean(suggestions), argument);

    /// <summary>sec-Argument-Names</summary>
    public static GraphQLError UnknownDirectiveArgument(Argument argument, string directiveName, IReadOnlyList<string> suggestions) =>
        Create($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(suggestions), argument);

    /// <summary>sec-Argument-Uniqueness</summary>
    public static GraphQLError DuplicateArgument(string name, IEnumerable<Name> names) =>
        Create($"There can be only one argument named \"{name}\".", names);

    /// <summary>sec-Required-Arguments</summary>
    public static GraphQLError MissingFieldArgument(Field field, string argumentCoordinate, GraphType type) =>
        Create($"Argument \"{argumentCoordinate}\" of type \"{type}\" is required, but it was not provided.", field);

    /// <summary>sec-Required-Arguments</summary>
    public static GraphQLError MissingDirectiveArgument(Directive directive, string argumentName, string type) =>
        Create($"Argument \"@{directive.Name.Value}({argumentName}:)\" of type \"{type}\" is required, but it was not provided.", directive);

    /// <summary>sec-All-Variable-Usages-Are-Allowed</summary>
    public static GraphQLError BadVariablePosition(VariableDefinition definition, Variable usage, GraphType variableType, GraphType expectedType) =>
        Create($"Variable \"${usage.Name.Value}\" of type \"{variableType}\" used in position expecting type \"{expectedType}\".", definition, usage);

    /// <summary>sec-All-Variable-Usages-Are-Allowed (a OneOf field cannot take a nullable variable)</summary>
    public static GraphQLError NullableVariableInOneOf(VariableDefinition definition, Variable usage, GraphType variableType, InputObjectType oneOf) =>
        Create($"Variable \"${usage.Name.Value}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage);

    /// <summary>sec-Field-Selection-Merging</summary>
    public static GraphQLError FieldsConflict(string responseName, string reason, IEnumerable<SyntaxNode> nodes) =>
        Create($"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.", nodes);

    /// <summary>sec-Input-Object-Field-Uniqueness</summary>
    public static GraphQLError DuplicateInputField(Name first, Name second) =>
        Create($"There can be only one input field named \"{second.Value}\".", first, second);

    /// <summary>Not in the spec: graphql-js's introspection safety rule (lists of lists of lists).</summary>
    public static GraphQLError IntrospectionTooDeep(Field field) =>
        Create("Maximum introspection depth exceeded", field);

    /// <summary>Not in the spec: introspection is turned off for this endpoint.</summary>
    public static GraphQLError IntrospectionDisabled(Field field) =>
        Create($"GraphQL introspection is not allowed here, but the query contained \"{field.Name.Value}\".", field);

    /// <summary>Not in the spec: the host's limit on fields selected by one operation, fragments expanded.</summary>
    public static GraphQLError TooManyFields(OperationDefinition operation, long count, int maxFields) =>
        Create($"The operation selects {count} fields once its fragments are expanded, more than the maximum of {maxFields}.", operation);

    /// <summary>Not in the spec: the host's selection depth limit.</summary>
    public static GraphQLError SelectionTooDeep(Field field, int maxDepth) =>
        Create($"The selection is nested deeper than the maximum depth of {maxDepth}.", field);

    /// <summary>The error that ends a validation with too many errors (graphql-js's wording).</summary>
    public static GraphQLError TooManyErrors() =>
        Create("Too many validation errors, error limit reached. Validation aborted.");

    /// <summary>The error that ends a validation whose work budget is spent (graphql-js's wording).</summary>
    public static GraphQLError ValidationAborted() => Create("Validation aborted.");

    private static string Subscription(string? operationName) =>
        operationName is null ? "Anonymous Subscription" : $"Subscription \"{operationName}\"";

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static GraphQLError Create(string message, params ReadOnlySpan<SyntaxNode> nodes)
    {
        var locations = new ErrorLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            locations[i] = ErrorLocation.Of(nodes[i]);
        }

        return new GraphQLError(message, locations, null, Extensions);
    }

    private static GraphQLError Create(string message, IEnumerable<SyntaxNode> nodes) =>
        new(message, [.. nodes.Select(ErrorLocation.Of)], null, Extensions);
}
