using System.Globalization;
using Dossier.Core.Search;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Snippets;

/// <summary>
/// Snippets and "why it matched" for one hit, from its matches (<see cref="PageMatches"/>: the terms of each field are
/// tested against the query words, so highlights follow the same cross-script and fuzzy rules as matching, and
/// offsets land in the layer where the match is). Run only for the page's hits.
/// </summary>
internal static class HitExplainer
{
    /// <summary>Distinct matched spellings a hit reports, at most.</summary>
    private const int MaxMatched = 64;

    /// <summary>Why a hit matched when no layer's text or footnotes did.</summary>
    internal const string InDescription = "matched in the record's description (title, summary, citation, names), not in its text or footnotes";

    /// <summary>Why a hit matched when only footnotes did.</summary>
    internal const string InNotes = "matched in a footnote, not in the running text";

    /// <summary>
    /// Snippets, why and the matched spellings of one hit from its <paramref name="matches"/> (see <see cref="PageMatches"/>);
    /// <paramref name="layers"/> are the record's parts in layout order, holding the text of every layer and footnotes a match is in.
    /// </summary>
    public static (IReadOnlyList<Snippet> Snippets, IReadOnlyList<string> Why, IReadOnlyList<string> Matched) Explain(
        List<StoredLayer> layers, List<LayerMatch> matches, IReadOnlyList<MatchWord> words, int maxSnippets,
        IReadOnlyList<string> languages, IReadOnlyList<string> kinds)
    {
        if (words.Count == 0)
        {
            return ([], [], []);
        }
        var why = Why(matches, layers, words);
        if (matches.Count == 0)
        {
            // Found through the description the index adds after the layers (title, summary, citation, people, places, subjects).
            why.Add(InDescription);
        }
        else if (matches.All(m => layers[m.Layer].Notes))
        {
            why.Add(InNotes);
        }
        var matched = Surfaces(matches, layers);
        if (maxSnippets <= 0)
        {
            return ([], why, matched);
        }
        var snippets = new List<(Snippet Snippet, int Score)>();
        var inText = matches.Where(m => !layers[m.Layer].Notes).Select(m => layers[m.Layer].Index).ToHashSet();
        foreach (var group in matches.GroupBy(m => m.Layer))
        {
            // One snippet per layer: from its running text, or from its footnotes when only they hold a match.
            var layer = layers[group.Key];
            if (!Allowed(layer, languages, kinds) || (layer.Notes && inText.Contains(layer.Index)))
            {
                continue;
            }
            snippets.Add(Passages.Best(layer, Deduplicate(group)));
        }
        return (snippets.OrderByDescending(s => s.Score).ThenBy(s => s.Snippet.LayerIndex).Take(maxSnippets).Select(s => s.Snippet).ToList(), why, matched);
    }

    /// <summary>The distinct matched spellings in match order, at most <see cref="MaxMatched"/>: a span is cut out of its layer once.</summary>
    private static List<string> Surfaces(List<LayerMatch> matches, List<StoredLayer> layers)
    {
        var spans = new HashSet<(int Layer, int Start, int End)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var surfaces = new List<string>();
        foreach (var match in matches)
        {
            if (surfaces.Count == MaxMatched)
            {
                break;
            }
            if (spans.Add((match.Layer, match.Start, match.End)))
            {
                var surface = layers[match.Layer].Text[match.Start..match.End];
                if (seen.Add(surface))
                {
                    surfaces.Add(surface);
                }
            }
        }
        return surfaces;
    }

    private static bool Allowed(StoredLayer layer, IReadOnlyList<string> languages, IReadOnlyList<string> kinds) =>
        (languages.Count == 0 || languages.Any(l => string.Equals(l, layer.Lang, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l, IndexAnalysis.PrimaryTag(layer.Lang), StringComparison.OrdinalIgnoreCase)))
        && (kinds.Count == 0 || kinds.Any(k => string.Equals(k, layer.Kind, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// One match per span, the best kind kept (a word found exactly is also found romanized; of equals, the first matched),
    /// in order of start, spans starting together in the order first matched. Sorted, as grouping allocated a table and a
    /// list per span (a common word matches hundreds of times in a layer).
    /// </summary>
    internal static List<LayerMatch> Deduplicate(IEnumerable<LayerMatch> matches)
    {
        var all = matches.Select((m, at) => (Match: m, At: at)).ToList();
        all.Sort((a, b) => (a.Match.Start, a.Match.End, a.Match.Kind, a.At).CompareTo((b.Match.Start, b.Match.End, b.Match.Kind, b.At)));
        var kept = new List<(LayerMatch Match, int First)>();
        foreach (var (match, at) in all)
        {
            if (kept.Count > 0 && kept[^1].Match.Start == match.Start && kept[^1].Match.End == match.End)
            {
                kept[^1] = (kept[^1].Match, Math.Min(kept[^1].First, at));
            }
            else
            {
                kept.Add((match, at));
            }
        }
        kept.Sort((a, b) => (a.Match.Start, a.First).CompareTo((b.Match.Start, b.First)));
        return kept.ConvertAll(k => k.Match);
    }

    private static List<string> Why(List<LayerMatch> matches, List<StoredLayer> layers, IReadOnlyList<MatchWord> words)
    {
        var why = new List<string>();
        // Per word and layer the best match: a word found as typed in one layer may be found in another script in the next.
        var best = matches.GroupBy(m => (m.Word, m.Layer)).Select(g => g.MinBy(m => (m.Kind, m.Start)))
            .OrderBy(m => m.Word).ThenBy(m => m.Kind).ThenBy(m => m.Layer);
        foreach (var match in best)
        {
            var word = words[match.Word];
            var surface = layers[match.Layer].Text[match.Start..match.End];
            if (match.Kind == MatchKind.Exact || string.Equals(surface, word.Typed, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var line = match.Kind switch
            {
                MatchKind.Stem => $"{surface} — form of {word.Typed}",
                MatchKind.Latin when !string.Equals(Script(surface), Script(word.Typed), StringComparison.Ordinal) => $"{surface} — {Script(surface)} spelling of {word.Typed}",
                MatchKind.Latin => $"{surface} — spelling of {word.Typed}",
                MatchKind.Authority => $"{surface} — a name variant of {word.AuthorityOf(surface)} in the authority record",
                MatchKind.Key => $"{surface} — spelling variant of {word.Typed}",
                MatchKind.Fuzzy => $"{surface} — fuzzy match for {word.Typed}",
                _ => $"{surface} — in OCR text, close to {word.Typed}",
            };
            if (!why.Contains(line, StringComparer.Ordinal) && why.Count < 8)
            {
                why.Add(line);
            }
        }
        return why;
    }

    private static string Script(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            return c switch
            {
                >= '\u0400' and <= '\u052F' => "Cyrillic",
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0600' and <= '\u06FF' => "Arabic",
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                _ => char.IsAscii(c) || c < '\u0250' ? "Latin" : "other-script",
            };
        }
        return "Latin";
    }
}
