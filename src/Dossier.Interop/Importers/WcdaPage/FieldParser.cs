using System.Text.RegularExpressions;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Reads the head of a page export: the bold date line, the bold (hard-broken) title, then
/// "**Label:**" fields whose value is the paragraphs up to the next label. "**Contents:**" opens the
/// tab list and the body, which <see cref="BodyParser"/> reads.
/// </summary>
internal static partial class FieldParser
{
    public static PageFields Parse(string[] lines)
    {
        var fields = new PageFields();
        string? label = null;
        var labelLine = 0;
        var value = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var labelMatch = LabelPattern().Match(line);
            if (labelMatch.Success)
            {
                Store(fields, label, labelLine, value);
                label = labelMatch.Groups["label"].Value.Trim();
                labelLine = i + 1;
                value.Clear();
                if (string.Equals(label, "Contents", StringComparison.OrdinalIgnoreCase))
                {
                    ReadTabs(lines, i + 1, fields);
                    fields.BodyEnd = NextLabel(lines, fields.BodyStart);
                    label = null;
                    i = fields.BodyEnd - 1;
                    continue;
                }
                var rest = labelMatch.Groups["rest"].Value.Trim();
                if (rest.Length > 0)
                {
                    value.Add(rest);
                }
                continue;
            }
            if (line.Length == 0)
            {
                value.Add("");
                continue;
            }
            var url = UrlPattern().Match(line);
            if (url.Success)
            {
                fields.Url ??= (url.Groups["url"].Value, i + 1);
                continue;
            }
            if (label is null && line.StartsWith("**", StringComparison.Ordinal))
            {
                i = ReadBold(lines, i, fields);
                continue;
            }
            value.Add(line);
        }
        Store(fields, label, labelLine, value);
        return fields;
    }

    /// <summary>A bold paragraph before the first label: the date when it reads as one, else the title.</summary>
    private static int ReadBold(string[] lines, int start, PageFields fields)
    {
        var parts = new List<string>();
        var i = start;
        for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            parts.Add(lines[i].Trim());
            if (i > start && lines[i].TrimEnd().EndsWith("**", StringComparison.Ordinal))
            {
                break;
            }
            if (i == start && parts[0].Length > 4 && parts[0].EndsWith("**", StringComparison.Ordinal))
            {
                break;
            }
        }
        var text = InlineMarkup.ToPlainText(string.Join(' ', parts).Trim('*').Trim());
        if (fields.Date is null && fields.Title is null && HistoricalDateParser.Parse(text) is not null)
        {
            fields.Date = (text, start + 1);
        }
        else if (fields.Title is null)
        {
            fields.Title = (text, start + 1);
        }
        else
        {
            fields.Other[$"Heading {fields.Other.Count + 1}"] = text;
        }
        return Math.Min(i, lines.Length - 1);
    }

    private static int NextLabel(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (LabelPattern().IsMatch(lines[i].Trim()))
            {
                return i;
            }
        }
        return lines.Length;
    }

    private static void ReadTabs(string[] lines, int from, PageFields fields)
    {
        var i = from;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (!TabPattern().IsMatch(line))
            {
                break;
            }
            fields.Tabs.Add(line);
        }
        fields.BodyStart = i;
    }

    private static void Store(PageFields fields, string? label, int line, List<string> value)
    {
        if (label is null)
        {
            return;
        }
        var text = InlineMarkup.ToPlainText(JoinParagraphs(value));
        var entry = (text, line);
        switch (label.ToLowerInvariant())
        {
            case "citation":
                fields.Citation = entry;
                break;
            case "summary":
                fields.Summary = entry;
                break;
            case "original language":
            case "original languages":
                fields.OriginalLanguage = entry;
                break;
            case "rights":
                fields.Rights = entry;
                break;
            case "subjects":
            case "subjects discussed":
                // One subject a line (hard breaks) or a comma-separated list.
                fields.Subjects.AddRange(value
                    .SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .Select(InlineMarkup.ToPlainText)
                    .Where(v => v.Length > 0));
                break;
            default:
                fields.Other[label] = text;
                break;
        }
    }

    private static string JoinParagraphs(List<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(""))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(string.Join(' ', current));
                    current.Clear();
                }
            }
            else
            {
                current.Add(line);
            }
        }
        return string.Join("\n\n", paragraphs);
    }

    [GeneratedRegex(@"^\*\*(?<label>[^*:]{1,60}):\*\*(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^<(?<url>https?://[^>\s]+)>$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(Original Scan|Original|Transcript|Transcription|Translation(\s*[-–—:]\s*\p{L}[\p{L} ()]*)?)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TabPattern();
}
