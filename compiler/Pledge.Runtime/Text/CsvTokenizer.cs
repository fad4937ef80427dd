using System.Text;

namespace Pledge.Runtime.Text;

/// <summary>One field as read: its text (quotes removed, `""` made `"`) and the line and column it starts at.</summary>
public readonly record struct CsvField(string Text, int Line, int Column);

/// <summary>Something wrong with the text of a record, where it is, and what to do about it.</summary>
public sealed record CsvProblem(int Line, int Column, string Message);

/// <summary>One record: the line it starts on, its fields, and what was wrong with its text (the fields are then unreliable).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields, IReadOnlyList<CsvProblem> Problems);

/// <summary>
/// The records of a CSV text; <see cref="Unclosed"/> says where a quoted field ran to the end, after which nothing can
/// be read (the last record is then the unfinished one, with the problems found before the open quote).
/// </summary>
public sealed record CsvText(IReadOnlyList<CsvRecord> Records, CsvProblem? Unclosed);

/// <summary>
/// RFC 4180 as Pledge reads it, for incident logs and customer files alike: fields separated by commas; a field in
/// double quotes may hold commas, line breaks and `""` for a quote; a BOM is dropped; fully blank lines hold no
/// record. It splits and locates, and judges only the quoting; what the columns mean is the caller's.
/// </summary>
public static class CsvTokenizer
{
    public static CsvText Read(string text)
    {
        var records = new List<CsvRecord>();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var lineStart = i;
        while (i < text.Length)
        {
            if (text[i] is '\r' or '\n')
            {
                i = SkipLineBreak(text, i);
                line++;
                lineStart = i;
                continue;
            }
            var recordLine = line;
            var fields = new List<CsvField>();
            List<CsvProblem>? problems = null;
            void Problem(int atLine, int atColumn, string message) => (problems ??= []).Add(new CsvProblem(atLine, atColumn, message));
            while (true)
            {
                var fieldLine = line;
                var fieldColumn = i - lineStart + 1;
                var value = new StringBuilder();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c is '\r' or '\n')
                        {
                            var next = SkipLineBreak(text, i);
                            value.Append(text, i, next - i);
                            i = next;
                            line++;
                            lineStart = i;
                            continue;
                        }
                        value.Append(c);
                        i++;
                    }
                    if (!closed)
                    {
                        // The record so far keeps what was wrong before the open quote, so every problem is reported.
                        records.Add(new CsvRecord(recordLine, fields, (IReadOnlyList<CsvProblem>?)problems ?? []));
                        return new CsvText(records, new CsvProblem(fieldLine, fieldColumn, "a quoted field is not closed (a `\"` is missing)"));
                    }
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        Problem(line, i - lineStart + 1, "text after a closing quote: a quote inside a quoted field is written `\"\"`");
                        while (i < text.Length && text[i] is not (',' or '\r' or '\n')) value.Append(text[i++]);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        if (text[i] == '"')
                            Problem(line, i - lineStart + 1, "a quote inside an unquoted field: put the whole field in quotes and write the quote as `\"\"`");
                        value.Append(text[i++]);
                    }
                }
                fields.Add(new CsvField(value.ToString(), fieldLine, fieldColumn));
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }
                break;
            }
            records.Add(new CsvRecord(recordLine, fields, (IReadOnlyList<CsvProblem>?)problems ?? []));
            if (i < text.Length)
            {
                i = SkipLineBreak(text, i);
                line++;
                lineStart = i;
            }
        }
        return new CsvText(records, null);
    }

    private static int SkipLineBreak(string text, int i) =>
        text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
}
