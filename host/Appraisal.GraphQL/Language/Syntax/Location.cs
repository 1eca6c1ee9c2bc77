namespace Appraisal.GraphQL.Language;

/// <summary>
/// Where a node or token sits in its source.
/// </summary>
/// <param name="Start">Offset of the first byte, in the UTF-8 source.</param>
/// <param name="End">Offset just past the last byte, in the UTF-8 source.</param>
/// <param name="Line">1-based line of <paramref name="Start"/> (CR, LF and CRLF each end a line).</param>
/// <param name="Column">
/// 1-based column of <paramref name="Start"/>, counted in UTF-16 code units as graphql-js does, so that
/// error locations reported to clients match the reference implementation.
/// </param>
public readonly record struct Location(int Start, int End, int Line, int Column);
