using System.Text;

namespace Dossier.Core.Importing;

/// <summary>Bad input: says which file, line (and column) and field, and what is wrong.</summary>
public sealed class ImportException : Exception
{
    public ImportException(string file, int? line, string? field, string problem, int? column = null, Exception? inner = null)
        : base(Format(file, line, column, field, problem), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Problem = problem;
    }

    public ImportException() : this("", null, null, "import failed")
    {
    }

    public ImportException(string message) : this("", null, null, message)
    {
    }

    public ImportException(string message, Exception innerException) : this("", null, null, message, null, innerException)
    {
    }

    public string File { get; }

    public int? Line { get; }

    public int? Column { get; }

    public string? Field { get; }

    public string Problem { get; }

    /// <summary>"file:line:column: field: problem", leaving out the parts that are not known.</summary>
    public static string Format(string file, int? line, int? column, string? field, string problem)
    {
        var text = new StringBuilder(file);
        if (line is not null)
        {
            text.Append(':').Append(line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (column is not null)
            {
                text.Append(':').Append(column.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        text.Append(": ");
        if (!string.IsNullOrEmpty(field))
        {
            text.Append(field).Append(": ");
        }
        return text.Append(problem).ToString();
    }
}
