using System.Globalization;
using System.Runtime.InteropServices;
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

    /// <summary>Kept spans in order of start, spans starting together in the order first matched.</summary>
    private static readonly Comparer<(LayerMatch Match, int At)> ByStartAndOrder = Comparer<(LayerMatch Match, int At)>.Create(static (a, b) =>
    {
        var order = a.Match.Start.CompareTo(b.Match.Start);
        return order != 0 ? order : a.At.CompareTo(b.At);
    });

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
        var sorted = BySpan(matches);
        for (var from = 0; from < sorted.Length;)
        {
            var to = from + 1;
            while (to < sorted.Length && sorted[to].Match.Layer == sorted[from].Match.Layer)
            {
                to++;
            }
            // One snippet per layer: from its running text, or from its footnotes when only they hold a match.
            var layer = layers[sorted[from].Match.Layer];
            if (Allowed(layer, languages, kinds) && !(layer.Notes && inText.Contains(layer.Index)))
            {
                snippets.Add(Passages.Best(layer, Kept(sorted, from, to)));
            }
            from = to;
        }
        return (snippets.OrderByDescending(s => s.Score).ThenBy(s => s.Snippet.LayerIndex).Take(maxSnippets).Select(s => s.Snippet).ToList(), why, matched);
    }

    /// <summary>The distinct matched spellings in match order, at most <see cref="MaxMatched"/>; a spelling already seen is not cut out again.</summary>
    private static List<string> Surfaces(List<LayerMatch> matches, List<StoredLayer> layers)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenSpan = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var surfaces = new List<string>();
        foreach (var match in matches)
        {
            if (surfaces.Count == MaxMatched)
            {
                break;
            }
            var span = layers[match.Layer].Span(match.Start, match.End);
            if (!seenSpan.Contains(span))
            {
                var surface = span.ToString();
                seen.Add(surface);
                surfaces.Add(surface);
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
    /// in order of start, spans starting together in the order first matched.
    /// </summary>
    internal static List<LayerMatch> Deduplicate(IEnumerable<LayerMatch> matches)
    {
        var sorted = BySpan([.. matches]);
        return Kept(sorted, 0, sorted.Length);
    }

    /// <summary>
    /// The matches with their order, sorted by part, span, kind and order: one sort groups a hit's matches by part and
    /// brings each span's together, best kind first (grouping allocated a table and a list per span, and a common word
    /// matches hundreds of times in a layer).
    /// </summary>
    private static (LayerMatch Match, int At)[] BySpan(List<LayerMatch> matches)
    {
        var sorted = new (LayerMatch Match, int At)[matches.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (matches[i], i);
        }
        Array.Sort(sorted, static (a, b) =>
        {
            var order = a.Match.Layer.CompareTo(b.Match.Layer);
            order = order != 0 ? order : a.Match.Start.CompareTo(b.Match.Start);
            order = order != 0 ? order : a.Match.End.CompareTo(b.Match.End);
            order = order != 0 ? order : ((int)a.Match.Kind).CompareTo((int)b.Match.Kind);
            return order != 0 ? order : a.At.CompareTo(b.At);
        });
        return sorted;
    }

    /// <summary>
    /// <see cref="Deduplicate"/> of one part's run <c>[from, to)</c> of <see cref="BySpan"/>'s order, which it reorders:
    /// the first of each span (its best kind) is kept, with the order of the span's first match.
    /// </summary>
    private static List<LayerMatch> Kept((LayerMatch Match, int At)[] sorted, int from, int to)
    {
        var kept = from;
        for (var i = from; i < to; i++)
        {
            if (kept > from && sorted[kept - 1].Match.Start == sorted[i].Match.Start && sorted[kept - 1].Match.End == sorted[i].Match.End)
            {
                sorted[kept - 1].At = Math.Min(sorted[kept - 1].At, sorted[i].At);
            }
            else
            {
                sorted[kept++] = sorted[i];
            }
        }
        Array.Sort(sorted, from, kept - from, ByStartAndOrder);
        var result = new List<LayerMatch>(kept - from);
        for (var i = from; i < kept; i++)
        {
            result.Add(sorted[i].Match);
        }
        return result;
    }

    private static List<string> Why(List<LayerMatch> matches, List<StoredLayer> layers, IReadOnlyList<MatchWord> words)
    {
        var why = new List<string>();
        // Per word and layer the best match (the first of the best kind and start): a word found as typed in one layer may
        // be found in another script in the next.
        var bestOf = new Dictionary<(int Word, int Layer), LayerMatch>();
        foreach (var match in matches)
        {
            ref var best = ref CollectionsMarshal.GetValueRefOrAddDefault(bestOf, (match.Word, match.Layer), out var exists);
            if (!exists || (match.Kind, match.Start).CompareTo((best.Kind, best.Start)) < 0)
            {
                best = match;
            }
        }
        var ordered = bestOf.Values.ToArray();
        Array.Sort(ordered, static (a, b) => (a.Word, a.Kind, a.Layer).CompareTo((b.Word, b.Kind, b.Layer)));
        foreach (var match in ordered)
        {
            var word = words[match.Word];
            var surface = layers[match.Layer].Span(match.Start, match.End).ToString();
            if (match.Kind == MatchKind.OtherName)
            {
                // A name of several words may be broken over lines: one space between its words.
                surface = string.Join(' ', surface.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }
            if (match.Kind == MatchKind.Exact || string.Equals(surface, word.Typed, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var line = match.Kind switch
            {
                MatchKind.Stem => $"{surface} — form of {word.Typed}",
                MatchKind.Latin when !string.Equals(Script(surface), Script(word.Typed), StringComparison.Ordinal) => $"{surface} — {Script(surface)} spelling of {word.Typed}",
                MatchKind.Latin => $"{surface} — spelling of {word.Typed}",
                MatchKind.OtherName => $"{surface} — {Language(surface)} name of {word.Typed}",
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

    /// <summary>The language of a place's name in <see cref="Analysis.Exonyms"/> by its script: Russian or English.</summary>
    private static string Language(string name) => string.Equals(Script(name), "Cyrillic", StringComparison.Ordinal) ? "Russian" : "English";

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
