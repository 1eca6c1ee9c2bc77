namespace Appraisal.GraphQL.Language;

/// <summary>
/// An input value literal. In a constant context (default values, type-system directives) the parser
/// never produces a <see cref="Variable"/>, not even nested in a list or object.
/// <code>
/// Value[Const] :
///   - [~Const] Variable
///   - IntValue
///   - FloatValue
///   - StringValue
///   - BooleanValue
///   - NullValue
///   - EnumValue
///   - ListValue[?Const]
///   - ObjectValue[?Const]
/// </code>
/// </summary>
public abstract record Value(Location Location) : SyntaxNode(Location);
