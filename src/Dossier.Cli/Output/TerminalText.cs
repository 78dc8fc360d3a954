using System.Text;

namespace Dossier.Cli.Output;

/// <summary>How a value that is one line of a listing is written to a terminal.</summary>
internal static class TerminalText
{
    /// <summary>
    /// <paramref name="text"/> on one line: each run of white space (line breaks among it) as one space, none at either
    /// end. A title keeps its source's line breaks (825 of the 100 FRUS volumes' titles break after "No. 10"); written as
    /// they are, such a title broke a listing's line in two, and its second half read as the next row.
    /// </summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var line = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                line.Append(' ');
                space = false;
            }
            line.Append(c);
        }
        return line.ToString();
    }
}
