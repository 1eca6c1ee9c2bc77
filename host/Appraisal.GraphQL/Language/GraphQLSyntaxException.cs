namespace Appraisal.GraphQL.Language;

/// <summary>
/// A lexical or syntax error. The message follows graphql-js (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>),
/// so clients see the same text whichever reference server they compare with.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the exception; <paramref name="description"/> is the message without the "Syntax Error: " prefix.</summary>
    public GraphQLSyntaxException(string description, int offset, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Offset of the error in the UTF-8 source.</summary>
    public int Offset { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column of the error, in UTF-16 code units (as graphql-js reports it).</summary>
    public int Column { get; }
}
