namespace Appraisal.GraphQL.Language;

/// <summary>
/// The kind of a lexical token.
/// <code>
/// Token ::
///   - Punctuator
///   - Name
///   - IntValue
///   - FloatValue
///   - StringValue
/// Punctuator :: one of ! $ &amp; ( ) ... : = @ [ ] { | }
/// SchemaCoordinatePunctuator :: one of ( ) . : @
/// </code>
/// </summary>
public enum TokenKind
{
    /// <summary>Before the first token; never produced by reading.</summary>
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    /// <summary><c>.</c>, only in schema coordinates.</summary>
    Dot,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    /// <summary>A <c>#</c> comment; an ignored token, produced only by <see cref="Lexer.Read"/>.</summary>
    Comment,
}
