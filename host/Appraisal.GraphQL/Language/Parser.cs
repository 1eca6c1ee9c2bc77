using System.Buffers;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// Entry points of the recursive-descent parser for the GraphQL language (spec section 2 "Language" and
/// Appendix C "Grammar Summary"). Every method throws <see cref="GraphQLSyntaxException"/> on invalid input
/// and never recurses deeper than <see cref="ParserOptions.MaxDepth"/>.
/// </summary>
public static class Parser
{
    /// <summary>Parses a whole document: operations, fragments, type-system definitions and extensions.</summary>
    public static Document Parse(string source, ParserOptions? options = null) =>
        ParseString(source, options, Parse);

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static Document Parse(ReadOnlySpan<byte> source, ParserOptions? options = null)
    {
        var parser = new SyntaxParser(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single input value (e.g. <c>[42]</c>); variables are allowed.</summary>
    public static Value ParseValue(string source, ParserOptions? options = null) =>
        ParseString(source, options, ParseValue);

    /// <inheritdoc cref="ParseValue(string, ParserOptions?)"/>
    public static Value ParseValue(ReadOnlySpan<byte> source, ParserOptions? options = null)
    {
        var parser = new SyntaxParser(source, options ?? ParserOptions.Default);
        return parser.ParseWholeValue(isConst: false);
    }

    /// <summary>Parses a single constant input value: a variable anywhere in it is an error.</summary>
    public static Value ParseConstValue(string source, ParserOptions? options = null) =>
        ParseString(source, options, ParseConstValue);

    /// <inheritdoc cref="ParseConstValue(string, ParserOptions?)"/>
    public static Value ParseConstValue(ReadOnlySpan<byte> source, ParserOptions? options = null)
    {
        var parser = new SyntaxParser(source, options ?? ParserOptions.Default);
        return parser.ParseWholeValue(isConst: true);
    }

    /// <summary>Parses a single type reference (e.g. <c>[String!]!</c>).</summary>
    public static TypeReference ParseType(string source, ParserOptions? options = null) =>
        ParseString(source, options, ParseType);

    /// <inheritdoc cref="ParseType(string, ParserOptions?)"/>
    public static TypeReference ParseType(ReadOnlySpan<byte> source, ParserOptions? options = null)
    {
        var parser = new SyntaxParser(source, options ?? ParserOptions.Default);
        return parser.ParseWholeType();
    }

    /// <summary>
    /// Parses a schema coordinate such as <c>Type.field(arg:)</c> or <c>@directive</c>. Coordinates must not
    /// contain ignored tokens: <c>" Type"</c> is an error.
    /// </summary>
    public static SchemaCoordinate ParseSchemaCoordinate(string source) =>
        ParseString(source, null, (utf8, _) => ParseSchemaCoordinate(utf8));

    /// <inheritdoc cref="ParseSchemaCoordinate(string)"/>
    public static SchemaCoordinate ParseSchemaCoordinate(ReadOnlySpan<byte> source)
    {
        var parser = new SyntaxParser(new Lexer(source, schemaCoordinate: true), ParserOptions.Default);
        return parser.ParseWholeSchemaCoordinate();
    }

    /// <summary>Encodes a string source once, into a pooled buffer, and parses it.</summary>
    private static T ParseString<T>(string source, ParserOptions? options, Utf8Parse<T> parse)
    {
        var utf8 = SourceText.RentUtf8(source, out var length);
        try
        {
            return parse(utf8.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private delegate T Utf8Parse<out T>(ReadOnlySpan<byte> source, ParserOptions? options);
}
