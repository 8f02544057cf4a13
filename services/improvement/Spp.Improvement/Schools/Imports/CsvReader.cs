using System.Text;

namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas,
/// line breaks and doubled quotes; records end at CRLF, LF or CR. It holds one record in memory at a time.
/// </summary>
public sealed class CsvReader(TextReader text)
{
    private readonly StringBuilder field = new();
    private long line = 1;

    /// <summary>The records, in order, until the end of the text. An empty line is skipped.</summary>
    public async IAsyncEnumerable<CsvRecord> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new char[16 * 1024];
        var fields = new List<string>();
        var inQuotes = false;
        var quoteJustClosed = false;
        var pendingCr = false;
        var quotedCr = false;
        string? problem = null;
        var start = line;
        int read;
        while ((read = await text.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue; // the LF of a CRLF that already ended the record
                    }
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        quotedCr = false;
                        inQuotes = false;
                        quoteJustClosed = true;
                    }
                    else
                    {
                        // A line break inside a quoted field still moves the line count (CRLF counts once).
                        if (c == '\r' || (c == '\n' && !quotedCr))
                        {
                            line++;
                        }

                        quotedCr = c == '\r';
                        field.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when quoteJustClosed:
                        field.Append('"'); // a doubled quote inside a quoted field
                        inQuotes = true;
                        quoteJustClosed = false;
                        break;
                    case '"' when field.Length == 0:
                        inQuotes = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        quoteJustClosed = false;
                        break;
                    case '\r' or '\n':
                        pendingCr = c == '\r';
                        fields.Add(field.ToString());
                        field.Clear();
                        quoteJustClosed = false;
                        if (fields.Count > 1 || fields[0].Length > 0 || problem is not null)
                        {
                            yield return new CsvRecord(start, fields, problem);
                            fields = [];
                        }
                        else
                        {
                            fields.Clear();
                        }

                        problem = null;
                        line++;
                        start = line;
                        break;
                    default:
                        if (quoteJustClosed || c == '"')
                        {
                            problem ??= "A double quote is out of place; quote the whole field and double the quotes inside it.";
                        }

                        quoteJustClosed = false;
                        field.Append(c);
                        break;
                }
            }
        }

        if (inQuotes)
        {
            problem = "A quoted field is not closed before the end of the file.";
        }

        fields.Add(field.ToString());
        field.Clear();
        if (fields.Count > 1 || fields[0].Length > 0 || problem is not null)
        {
            yield return new CsvRecord(start, fields, problem);
        }
    }
}
