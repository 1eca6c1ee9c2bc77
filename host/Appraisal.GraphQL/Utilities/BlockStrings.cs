namespace Appraisal.GraphQL.Utilities;

/// <summary>Whether text survives a round trip as a block string (graphql-js <c>isPrintableAsBlockString</c>).
/// https://spec.graphql.org/September2025/#BlockStringValue()</summary>
internal static class BlockStrings
{
    /// <summary>False for control characters, carriage returns, leading or trailing blank lines, and an indent
    /// common to every line after the first (the block string value would strip all of these).</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\u000b' or '\u000c' or (> '\r' and < ' ') or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return value.Length == 0 || (!isEmptyLine && !(hasCommonIndent && seenNonEmptyLine));
    }
}
