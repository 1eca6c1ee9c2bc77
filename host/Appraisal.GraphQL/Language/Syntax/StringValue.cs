namespace Appraisal.GraphQL.Language;

/// <summary>
/// A string literal with escapes resolved; <see cref="Block"/> is true for a block string (<c>"""..."""</c>), whose value is already BlockStringValue().
/// <code>
/// StringValue ::
///   - `""` [lookahead != `"`]
///   - `"` StringCharacter+ `"`
///   - BlockString
/// </code>
/// </summary>
public sealed record StringValue(Location Location, string Value, bool Block) : Value(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}
