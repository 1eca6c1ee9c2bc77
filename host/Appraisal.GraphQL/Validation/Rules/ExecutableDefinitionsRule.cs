using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions: "For each definition in document: definition must be ExecutableDefinition
/// (it must not be TypeSystemDefinitionOrExtension)."
/// https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        protected override VisitAction EnterDocument(Document node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is not ExecutableDefinition)
                {
                    context.ReportError(ValidationErrors.NonExecutableDefinition(definition, NameOf(definition)));
                }
            }

            return VisitAction.SkipChildren;
        }

        private static string? NameOf(Definition definition) => definition switch
        {
            TypeDefinition type => type.Name.Value,
            TypeExtension extension => extension.Name.Value,
            DirectiveDefinition directive => directive.Name.Value,
            _ => null, // schema definitions and extensions are named "schema" in the message
        };
    }
}
