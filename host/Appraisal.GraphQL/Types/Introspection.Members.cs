using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Field</c>. https://spec.graphql.org/September2025/#sec-The-__Field-Type</summary>
    public static ObjectType FieldType { get; }

    private static ObjectType CreateFieldType() => new("__Field", () =>
    [
        new("name", NonNull(BuiltInScalars.String), ResolveSource<FieldDefinition>(field => field.Name)),
        new("description", BuiltInScalars.String, ResolveSource<FieldDefinition>(field => field.Description)),
        new("args", NonNull(ListOfNonNull(InputValueType)),
            context => ValueTask.FromResult<object?>(WithoutDeprecated(((FieldDefinition)context.Source!).Arguments, context)),
            [IncludeDeprecated()]),
        new("type", NonNull(TypeType), ResolveSource<FieldDefinition>(field => field.Type)),
        new("isDeprecated", NonNull(BuiltInScalars.Boolean), ResolveSource<FieldDefinition>(field => field.IsDeprecated)),
        new("deprecationReason", BuiltInScalars.String, ResolveSource<FieldDefinition>(field => field.DeprecationReason)),
    ], description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary><c>__InputValue</c>: an argument or input field; <c>defaultValue</c> is printed GraphQL.
    /// https://spec.graphql.org/September2025/#sec-The-__InputValue-Type</summary>
    public static ObjectType InputValueType { get; }

    private static ObjectType CreateInputValueType() => new("__InputValue", () =>
    [
        new("name", NonNull(BuiltInScalars.String), ResolveSource<InputValueDefinition>(value => value.Name)),
        new("description", BuiltInScalars.String, ResolveSource<InputValueDefinition>(value => value.Description)),
        new("type", NonNull(TypeType), ResolveSource<InputValueDefinition>(value => value.Type)),
        new("defaultValue", BuiltInScalars.String,
            ResolveSource<InputValueDefinition>(value => value.DefaultValue is null ? null : Printer.Print(value.DefaultValue)),
            Description: "A GraphQL-formatted string representing the default value for this input value."),
        new("isDeprecated", NonNull(BuiltInScalars.Boolean), ResolveSource<InputValueDefinition>(value => value.IsDeprecated)),
        new("deprecationReason", BuiltInScalars.String, ResolveSource<InputValueDefinition>(value => value.DeprecationReason)),
    ], description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary><c>__EnumValue</c>. https://spec.graphql.org/September2025/#sec-The-__EnumValue-Type</summary>
    public static ObjectType EnumValueType { get; }

    private static ObjectType CreateEnumValueType() => new("__EnumValue", () =>
    [
        new("name", NonNull(BuiltInScalars.String), ResolveSource<EnumValueDefinition>(value => value.Name)),
        new("description", BuiltInScalars.String, ResolveSource<EnumValueDefinition>(value => value.Description)),
        new("isDeprecated", NonNull(BuiltInScalars.Boolean), ResolveSource<EnumValueDefinition>(value => value.IsDeprecated)),
        new("deprecationReason", BuiltInScalars.String, ResolveSource<EnumValueDefinition>(value => value.DeprecationReason)),
    ], description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
}
