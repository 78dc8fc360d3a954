using System.Text;
using Dossier.Cli.Output;
using Dossier.Core.Search;

namespace Dossier.Cli.Search;

/// <summary>Search results for a terminal: matches in a snippet are set in [brackets].</summary>
internal static class SearchResultPrinter
{
    public static void Print(TextWriter output, SearchResult result, SearchRequest request)
    {
        output.WriteLine($"{SearchCommand.Format(result.Total)} records ({result.TookMs} ms)");
        if (result.Suggestions.Count > 0)
        {
            output.WriteLine("Did you mean: " + string.Join("; ", result.Suggestions.Select(TerminalText.OneLine)));
        }
        var rank = request.Offset;
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{SearchCommand.Format(++rank)}. {TerminalText.OneLine(hit.Title)}");
            output.WriteLine($"   {hit.Id}  {hit.SourceId}  {hit.Date?.Value}");
            foreach (var why in hit.Why)
            {
                output.WriteLine($"   matched: {why}");
            }
            foreach (var snippet in hit.Snippets)
            {
                output.WriteLine($"   [{snippet.Lang} {snippet.Layer}{(snippet.InNotes ? ", footnotes" : "")}] {Mark(snippet)}");
            }
        }
        foreach (var (name, values) in result.Facets)
        {
            output.WriteLine();
            output.WriteLine(name + ": " + string.Join(", ", values.Select(v => $"{v.Label ?? v.Value} ({SearchCommand.Format(v.Count)})")));
        }
    }

    private static string Mark(Snippet snippet)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (var highlight in snippet.Highlights.OrderBy(h => h.Start))
        {
            if (highlight.Start < at || highlight.Start + highlight.Length > snippet.Text.Length)
            {
                continue;
            }
            text.Append(snippet.Text, at, highlight.Start - at).Append('[').Append(snippet.Text, highlight.Start, highlight.Length).Append(']');
            at = highlight.Start + highlight.Length;
        }
        return text.Append(snippet.Text, at, snippet.Text.Length - at).Replace('\n', ' ').ToString();
    }
}
