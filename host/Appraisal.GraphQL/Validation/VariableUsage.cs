using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation;

/// <summary>A variable used as a value, with the input type expected where it stands.</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The expected input type there, or null when unknown.</param>
/// <param name="ParentType">The enclosing input type (an input object or list type), or null.</param>
/// <param name="DefaultValue">The default of the argument or input field it is given to, or null when none.</param>
public sealed record VariableUsage(Variable Node, GraphType? Type, GraphType? ParentType, Value? DefaultValue);
