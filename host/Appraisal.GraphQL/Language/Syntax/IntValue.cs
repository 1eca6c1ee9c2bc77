namespace Appraisal.GraphQL.Language;

/// <summary>
/// An integer literal, kept as its source text (coercion decides its range).
/// <code>
/// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
/// </code>
/// </summary>
public sealed record IntValue(Location Location, string Value) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}
