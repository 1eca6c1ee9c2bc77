namespace Appraisal.GraphQL.Language;

/// <summary>
/// A list literal, <c>[ ... ]</c>.
/// <code>
/// ListValue[Const] :
///   - [ ]
///   - [ Value[?Const]+ ]
/// </code>
/// </summary>
public sealed record ListValue(Location Location, IReadOnlyList<Value> Values) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}
