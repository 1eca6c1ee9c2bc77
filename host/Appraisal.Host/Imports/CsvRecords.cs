using System.Text;

namespace Appraisal.Host.Imports;

/// <summary>
/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes), each with
/// the line it starts on. The separator is a comma, or a tab when the first line has tabs and no comma (a table
/// pasted from Excel). A quote anywhere else is refused with its line instead of being guessed at: a stray quote
/// would otherwise swallow the rows after it without a word.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<RosterRow> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstLine = text.AsSpan(0, IndexOfLineEnd(text));
        var separator = firstLine.Contains('\t') && !firstLine.Contains(',') ? '\t' : ',';
        var records = new List<RosterRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var afterQuote = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    afterQuote = true;
                }
                else
                {
                    line += c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')) ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                afterQuote = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                records.Add(new RosterRow(recordLine, [.. cells]));
                cells.Clear();
                cell.Clear();
                afterQuote = false;
                recordLine = ++line;
            }
            else if (afterQuote && char.IsWhiteSpace(c))
            {
                // Spaces between a closing quote and the comma, as some tools write them: nothing to keep.
            }
            else if (afterQuote)
            {
                throw Stray(line, "引号后面只能是逗号或换行", "a closing quote must be followed by a comma or a line break");
            }
            else if (c == '"')
            {
                if (cell.ToString().Trim().Length > 0)
                {
                    throw Stray(line, "引号只能出现在单元格开头（单元格里的引号须写成两个）", "a quote may only open a cell (a quote inside a cell is written twice)");
                }

                cell.Clear();
                quoted = true;
                quoteLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw Stray(quoteLine, "这里开始的引号没有结束", "the quote opened here is never closed");
        }

        if (cells.Count > 0 || cell.Length > 0 || afterQuote)
        {
            cells.Add(cell.ToString());
            records.Add(new RosterRow(recordLine, [.. cells]));
        }

        return records;
    }

    private static int IndexOfLineEnd(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : end;
    }

    private static ImportException Stray(int line, string zhCn, string en) =>
        new(new ImportProblem(line, null, new($"第 {line} 行：{zhCn}。请检查这一行的引号。", $"Line {line}: {en}. Check the quotes on this line.")));
}
