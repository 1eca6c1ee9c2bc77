using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types;

/// <summary>The directives every schema has. https://spec.graphql.org/September2025/#sec-Type-System.Directives.Built-in-Directives</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Skip { get; } = new("skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", new NonNullGraphType(BuiltInScalars.Boolean), Description: "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    public static DirectiveDefinition Include { get; } = new("include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new InputValueDefinition("if", new NonNullGraphType(BuiltInScalars.Boolean), Description: "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    public static DirectiveDefinition Deprecated { get; } = new("deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [new InputValueDefinition("reason", BuiltInScalars.String, new StringValue(default, DefaultDeprecationReason, Block: false),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")],
        "Marks an element of a GraphQL schema as no longer supported.");

    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy",
        [DirectiveLocation.Scalar],
        [new InputValueDefinition("url", new NonNullGraphType(BuiltInScalars.String), Description: "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    public static DirectiveDefinition OneOf { get; } = new("oneOf",
        [DirectiveLocation.InputObject],
        Description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All five, in the order graphql-js prints them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
