using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation;

// Messages about literal values: sec-Values-of-Correct-Type, sec-Input-Object-Field-Names,
// sec-Input-Object-Required-Fields, and OneOf input objects.
public static partial class ValidationErrors
{
    /// <summary>sec-Values-of-Correct-Type</summary>
    public static GraphQLError NullForNonNullType(Value value, GraphType type) =>
        Create($"Expected value of non-null type \"{type}\" not to be null.", value);

    /// <summary>sec-Values-of-Correct-Type</summary>
    public static GraphQLError NotAnObject(Value value, InputObjectType type) =>
        Create($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(value)}.", value);

    /// <summary>sec-Input-Object-Required-Fields</summary>
    public static GraphQLError MissingInputField(ObjectValue value, InputObjectType type, string fieldName) =>
        Create($"Expected value of type \"{type.Name}\" to include required field \"{fieldName}\", found: {Printer.Print(value)}.", value);

    /// <summary>sec-Input-Object-Field-Names</summary>
    public static GraphQLError UnknownInputField(ObjectValue value, ObjectField field, InputObjectType type, IReadOnlyList<string> suggestions)
    {
        var suggestion = Suggestions.DidYouMean(suggestions);
        return Create(
            $"Expected value of type \"{type.Name}\" not to include unknown field \"{field.Name.Value}\"" +
            (suggestion.Length > 0 ? $".{suggestion} Found" : ", found") + $": {Printer.Print(value)}.",
            field);
    }

    /// <summary>sec-OneOf-Input-Objects-Rules (via sec-Values-of-Correct-Type)</summary>
    public static GraphQLError OneOfNotExactlyOneField(ObjectValue value, InputObjectType type) =>
        Create($"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.", value);

    /// <summary>sec-Values-of-Correct-Type: the leaf type's own coercion message, as graphql-js reports it.</summary>
    public static GraphQLError InvalidLeafValue(Value value, string coercionMessage) => Create(coercionMessage, value);

    /// <summary>sec-Values-of-Correct-Type: a custom scalar failed with an unexpected exception.</summary>
    public static GraphQLError InvalidLeafValue(Value value, GraphType type, string? exceptionMessage) =>
        Create($"Expected value of type \"{type}\"" +
            (exceptionMessage is null ? ", found" : $", but encountered error \"{exceptionMessage}\"; found") +
            $": {Printer.Print(value)}.", value);

    /// <summary>sec-Values-of-Correct-Type: an enum value the enum does not have.</summary>
    public static GraphQLError UnknownEnumValue(Value value, EnumType type, IReadOnlyList<string> suggestions) =>
        Create($"Value \"{Printer.Print(value)}\" does not exist in \"{type.Name}\" enum." + Suggestions.DidYouMean(suggestions, "the enum value"), value);

    /// <summary>sec-Values-of-Correct-Type: a literal that is not an enum value where an enum is expected.</summary>
    public static GraphQLError NotAnEnumValue(Value value, EnumType type, IReadOnlyList<string> suggestions) =>
        Create($"Enum \"{type.Name}\" cannot represent non-enum value: {Printer.Print(value)}." + Suggestions.DidYouMean(suggestions, "the enum value"), value);
}
