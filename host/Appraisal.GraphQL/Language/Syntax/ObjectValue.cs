namespace Appraisal.GraphQL.Language;

/// <summary>
/// An input object literal, <c>{ name: value }</c>.
/// <code>
/// ObjectValue[Const] :
///   - { }
///   - { ObjectField[?Const]+ }
/// </code>
/// </summary>
public sealed record ObjectValue(Location Location, IReadOnlyList<ObjectField> Fields) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}
