using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Bench.Languages;

/// <summary>
/// Held-out prose in the Latin-script languages the other sets lack: the paragraphs of Debian's translated manual pages
/// (/usr/share/man/LANG/man*/*.gz, roff), a kind of text (descriptions of commands and their options) unlike the
/// interface messages the profiles are built from. The translators of both often share phrases, and a manual page
/// names commands and options in English, so this set is harder than clean prose for any identifier.
/// </summary>
internal static partial class ManPages
{
    /// <summary>Folder under /usr/share/man and the tag its pages are in.</summary>
    private static readonly (string Folder, string Tag)[] Languages =
    [
        ("fr", "fr"), ("es", "es"), ("it", "it"), ("pt", "pt"), ("pt_BR", "pt"), ("nl", "nl"), ("pl", "pl"),
        ("cs", "cs"), ("sv", "sv"), ("hu", "hu"), ("ro", "ro"), ("de", "de"),
    ];

    /// <summary>Paragraphs taken per language at most, from the pages in name order.</summary>
    private const int PerLanguage = 80;

    public static IEnumerable<(string Tag, string Text)> Load(string root = "/usr/share/man")
    {
        foreach (var group in Languages.GroupBy(l => l.Tag, StringComparer.Ordinal))
        {
            var pages = group
                .Select(l => Path.Combine(root, l.Folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.gz", SearchOption.AllDirectories))
                .Order(StringComparer.Ordinal);
            foreach (var paragraph in pages.SelectMany(Paragraphs).Take(PerLanguage))
            {
                yield return (group.Key, paragraph);
            }
        }
    }

    /// <summary>The running text of one page: macro lines and escapes dropped, paragraphs of at least 100 letters.</summary>
    private static IEnumerable<string> Paragraphs(string page)
    {
        string text;
        try
        {
            using var stream = new GZipStream(File.OpenRead(page), CompressionMode.Decompress);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            yield break;
        }
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('.') || line.StartsWith('\''))
            {
                // A request: a paragraph or section break ends the paragraph; others (fonts, comments, indents) only drop out.
                if (Break().IsMatch(line) && current.Length > 0)
                {
                    if (current.ToString().Count(char.IsLetter) >= 100)
                    {
                        yield return current.ToString().Trim();
                    }
                    current.Clear();
                }
                continue;
            }
            current.Append(Escape().Replace(line, " ")).Append(' ');
        }
        if (current.ToString().Count(char.IsLetter) >= 100)
        {
            yield return current.ToString().Trim();
        }
    }

    [GeneratedRegex(@"^[.'](PP|P|LP|TP|SH|SS|IP|HP|sp|br|TH|EX|EE|nf|fi)\b")]
    private static partial Regex Break();

    // Font changes, special characters, strings, sizes and the other one-letter escapes.
    [GeneratedRegex(@"\\(f[BIRP]|f\[[A-Z]*\]|\([a-z0-9A-Z]{2}|\*\(..|\*.|\[[^\]]*\]|s[-+]?\d|.)")]
    private static partial Regex Escape();
}
