using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: "Variable usages must be compatible with the arguments they are passed to."
/// A nullable variable may stand in a non-null position only when the variable or the position has a default;
/// a field of a OneOf input object only takes a non-null variable.
/// https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override void LeaveOperationDefinition(OperationDefinition node)
        {
            var definitions = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
            foreach (var definition in node.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                if (!definitions.TryGetValue(usage.Node.Name.Value, out var definition) || usage.Type is null
                    || TypeReferences.Resolve(context.Schema, definition.Type) is not { } variableType)
                {
                    continue;
                }

                if (!IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.DefaultValue))
                {
                    context.ReportError(ValidationErrors.BadVariablePosition(definition, usage.Node, variableType, usage.Type));
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullGraphType)
                {
                    context.ReportError(ValidationErrors.NullableVariableInOneOf(definition, usage.Node, variableType, oneOf));
                }
            }
        }

        private bool IsAllowed(GraphType variableType, Value? variableDefault, GraphType locationType, Value? locationDefault)
        {
            if (locationType is NonNullGraphType nonNullLocation && variableType is not NonNullGraphType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValue;
                if (!hasNonNullVariableDefault && locationDefault is null)
                {
                    return false;
                }

                return TypeReferences.IsSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeReferences.IsSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
