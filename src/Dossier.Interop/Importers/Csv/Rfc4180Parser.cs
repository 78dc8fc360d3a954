using System.Text;
using Dossier.Core.Importing;

namespace Dossier.Interop.Importers.Csv;

/// <summary>
/// RFC 4180 CSV: comma-separated cells, quoted cells with doubled quotes inside, line breaks inside quoted cells,
/// CRLF or LF (or CR) line ends. A quote that is not at the start of a cell, text after a closing quote, or a
/// quote still open at the end of the file is an error naming the line.
/// </summary>
internal sealed class Rfc4180Parser(TextReader reader, string file, int maxCell, char separator = ',')
{
    private int _line = 1;

    public IEnumerable<CsvRow> Rows()
    {
        while (true)
        {
            var start = _line;
            var cells = ReadRow(out var more);
            if (cells is null)
            {
                yield break;
            }
            // A blank line is no record (RFC 4180 allows none, but files end with stray newlines).
            if (!(cells.Count == 1 && cells[0].Length == 0))
            {
                yield return new CsvRow(start, cells);
            }
            if (!more)
            {
                yield break;
            }
        }
    }

    private List<string>? ReadRow(out bool more)
    {
        more = false;
        if (reader.Peek() < 0)
        {
            return null;
        }
        var rowLine = _line;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        var quoteLine = _line;
        while (true)
        {
            var read = reader.Read();
            if (read < 0)
            {
                if (quoted)
                {
                    throw new ImportException(file, quoteLine, null, "a quoted cell is never closed (unbalanced quote)");
                }
                cells.Add(cell.ToString());
                return cells;
            }
            var c = (char)read;
            if (cell.Length >= maxCell)
            {
                throw new ImportException(file, quoted ? quoteLine : rowLine, null, $"cell {cells.Count + 1} is longer than the {maxCell} characters a cell may hold");
            }
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                    {
                        _line++;
                    }
                    cell.Append(c);
                }
                continue;
            }
            if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                afterQuote = false;
                continue;
            }
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                _line++;
                cells.Add(cell.ToString());
                more = true;
                return cells;
            }
            if (afterQuote)
            {
                throw new ImportException(file, rowLine, null, $"text after the closing quote of cell {cells.Count + 1}");
            }
            if (c == '"')
            {
                if (cell.Length > 0)
                {
                    throw new ImportException(file, _line, null, $"a quote inside unquoted cell {cells.Count + 1}");
                }
                quoted = true;
                quoteLine = _line;
                continue;
            }
            cell.Append(c);
        }
    }
}
