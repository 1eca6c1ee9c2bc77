using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: "Literal values must be compatible with the type expected in the position they are
/// found as per the coercion rules." Also checks Input Object Field Names, Input Object Required Fields and
/// OneOf input objects (exactly one field, and not null).
/// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    // Each outermost literal is checked whole (as graphql-js's validateInputLiteral does); its parts are skipped.
    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterLiteral(Value node)
        {
            var type = node is ListValue ? context.ParentInputType : context.InputType;
            if (type is not null)
            {
                Validate(node, type);
            }

            return VisitAction.SkipChildren;
        }

        private void Validate(Value value, GraphType type)
        {
            if (value is Variable)
            {
                return; // variables are checked by VariablesInAllowedPosition
            }

            if (type is NonNullGraphType nonNull)
            {
                if (value is NullValue)
                {
                    context.ReportError(ValidationErrors.NullForNonNullType(value, type));
                    return;
                }

                Validate(value, nonNull.OfType);
                return;
            }

            switch (value, type)
            {
                case (NullValue, _):
                    return;
                case (ListValue list, ListGraphType listType):
                    foreach (var item in list.Values)
                    {
                        Validate(item, listType.OfType);
                    }

                    return;
                case (_, ListGraphType listType):
                    Validate(value, listType.OfType); // a single item stands for a list of one
                    return;
                case (_, InputObjectType inputObject):
                    ValidateInputObject(value, inputObject);
                    return;
                case (_, EnumType enumType):
                    ValidateEnum(value, enumType);
                    return;
                case (_, ScalarType scalar):
                    ValidateScalar(value, scalar);
                    return;
            }
        }

        private void ValidateInputObject(Value value, InputObjectType type)
        {
            if (value is not ObjectValue objectValue)
            {
                context.ReportError(ValidationErrors.NotAnObject(value, type));
                return;
            }

            var given = new Dictionary<string, ObjectField>(StringComparer.Ordinal);
            foreach (var field in objectValue.Fields)
            {
                given[field.Name.Value] = field; // the last of duplicates counts (UniqueInputFieldNames reports them)
            }

            foreach (var definition in type.Fields.Values)
            {
                if (given.TryGetValue(definition.Name, out var field))
                {
                    Validate(field.Value, definition.Type);
                }
                else if (definition.Type is NonNullGraphType && !definition.HasDefaultValue)
                {
                    context.ReportError(ValidationErrors.MissingInputField(objectValue, type, definition.Name));
                }
            }

            var known = new List<ObjectField>();
            foreach (var field in objectValue.Fields)
            {
                if (type.Fields.ContainsKey(field.Name.Value))
                {
                    known.Add(field);
                }
                else
                {
                    var suggestions = context.Options.HideSuggestions ? [] : Suggestions.For(field.Name.Value, type.Fields.Keys);
                    context.ReportError(ValidationErrors.UnknownInputField(objectValue, field, type, suggestions));
                }
            }

            if (type.IsOneOf && (known.Count != 1 || known[0].Value is NullValue))
            {
                context.ReportError(ValidationErrors.OneOfNotExactlyOneField(objectValue, type));
            }
        }

        private void ValidateEnum(Value value, EnumType type)
        {
            var printed = Printer.Print(value);
            if (value is EnumValue enumValue && type.Values.ContainsKey(enumValue.Value))
            {
                return;
            }

            var suggestions = context.Options.HideSuggestions ? [] : Suggestions.For(printed, type.Values.Keys);
            context.ReportError(value is EnumValue
                ? ValidationErrors.UnknownEnumValue(value, type, suggestions)
                : ValidationErrors.NotAnEnumValue(value, type, suggestions));
        }

        private void ValidateScalar(Value value, ScalarType scalar)
        {
            // graphql-js accepts any number for Float, even one too large for a double.
            if (ReferenceEquals(scalar, BuiltInScalars.Float) && value is IntValue or FloatValue)
            {
                return;
            }

            try
            {
                scalar.ParseLiteral(value);
            }
            catch (CoercionException e)
            {
                context.ReportError(ValidationErrors.InvalidLeafValue(value, e.Message));
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidOperationException)
            {
                context.ReportError(ValidationErrors.InvalidLeafValue(value, scalar, e.Message));
            }
        }
    }
}
