namespace Appraisal.GraphQL.Language;

/// <summary>
/// A float literal, kept as its source text.
/// <code>
/// FloatValue ::
///   - IntegerPart FractionalPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
///   - IntegerPart FractionalPart [lookahead != {Digit, `.`, NameStart}]
///   - IntegerPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
/// </code>
/// </summary>
public sealed record FloatValue(Location Location, string Value) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}
