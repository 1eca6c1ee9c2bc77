using System.Text;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;
using DirectiveDefinition = Appraisal.GraphQL.Types.DirectiveDefinition;
using InputValueDefinition = Appraisal.GraphQL.Types.InputValueDefinition;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// A schema as SDL, the text graphql-js 17 <c>printSchema</c> gives: no introspection types, no built-in scalars
/// or directives, the <c>schema</c> block only when a root type is not named after its operation (or the schema
/// has a description), then custom directives and types in type map order. Applied directives other than
/// <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c> are not printed (the type model does not keep them).
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Values.Where(d => !IsSpecifiedDirective(d)).Select(PrintDirective));
        parts.AddRange(schema.Types.Values
            .Where(t => !Introspection.IsIntrospectionType(t) && BuiltInScalars.Find(t.Name) is null)
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>One named type as SDL.</summary>
    public static string PrintType(NamedGraphType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + $"scalar {scalar.Name}" + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType objectType => Description(objectType.Description) + $"type {objectType.Name}" + Implements(objectType) + Fields(objectType),
        InterfaceType interfaceType => Description(interfaceType.Description) + $"interface {interfaceType.Name}" + Implements(interfaceType) + Fields(interfaceType),
        UnionType union => Description(union.Description) + $"union {union.Name}"
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + $"enum {enumType.Name}" + Block(enumType.Values.Values.Select((value, i) =>
            Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + $"input {input.Name}" + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Values.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    /// <summary>A directive definition as SDL.</summary>
    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + $"directive @{directive.Name}" + Arguments(directive.Arguments, "")
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(Introspection.NameOf));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var defaultNames = ReferenceEquals(schema.QueryType, schema.FindType("Query"))
            && ReferenceEquals(schema.MutationType, schema.FindType("Mutation"))
            && ReferenceEquals(schema.SubscriptionType, schema.FindType("Subscription"));
        if (schema.Description is null && defaultNames)
        {
            return null;
        }

        var text = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        text.Append($"  query: {schema.QueryType.Name}\n");
        if (schema.MutationType is { } mutation)
        {
            text.Append($"  mutation: {mutation.Name}\n");
        }

        if (schema.SubscriptionType is { } subscription)
        {
            text.Append($"  subscription: {subscription.Name}\n");
        }

        return text.Append('}').ToString();
    }

    private static bool IsSpecifiedDirective(DirectiveDefinition directive) =>
        BuiltInDirectives.All.Any(builtIn => builtIn.Name == directive.Name);

    private static string Implements(IFieldsContainer type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(IFieldsContainer type) => Block(type.Fields.Values.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ")
        + ": " + field.Type + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    /// <summary>On one line when no argument has a description, else one argument per line.</summary>
    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(argument => argument.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var lines = arguments.Select((argument, i) =>
            Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        $"{value.Name}: {value.Type}"
        + (value.DefaultValue is { } defaultValue ? " = " + Printer.Print(defaultValue) : "")
        + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValue(default, reason, Block: false)) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? "" : " @specifiedBy(url: " + Printer.Print(new StringValue(default, url, Block: false)) + ")";

    /// <summary>A description above a definition: a block string when it can be one, indented like its owner.</summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var text = Printer.Print(new StringValue(default, description, BlockStrings.IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
