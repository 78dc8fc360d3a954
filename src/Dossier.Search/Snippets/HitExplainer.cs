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
/// Snippets and "why it matched" for one hit, from the document's term vectors: the hit's own terms of each
/// field are tested against the query words, so highlights follow the same cross-script and fuzzy rules as
/// matching, and offsets land in the layer where the match is. Run only for the page's hits.
/// </summary>
internal static class HitExplainer
{
    /// <summary>Distinct matched spellings a hit reports, at most.</summary>
    private const int MaxMatched = 64;

    private static readonly string[] Fields =
        [SearchFields.Exact, .. IndexAnalysis.StemFields, SearchFields.Latin, SearchFields.Key, SearchFields.Ocr];

    public static (IReadOnlyList<Snippet> Snippets, IReadOnlyList<string> Why, IReadOnlyList<string> Matched) Explain(
        IndexReader reader, int docId, Document stored, IReadOnlyList<MatchWord> words, int maxSnippets,
        IReadOnlyList<string> languages, IReadOnlyList<string> kinds)
    {
        var layers = ReadLayers(stored);
        if (words.Count == 0)
        {
            return ([], [], []);
        }
        var matches = layers.Count == 0 ? [] : FindMatches(reader, docId, layers, words);
        var why = Why(matches, layers, words);
        if (matches.Count == 0)
        {
            // Found through the description the index adds after the layers (title, summary, people, places, subjects).
            why.Add("matched in the record's description (title, summary, names), not in its text");
        }
        var matched = Surfaces(matches, layers);
        if (maxSnippets <= 0)
        {
            return ([], why, matched);
        }
        var snippets = new List<(Snippet Snippet, int Score)>();
        foreach (var group in matches.GroupBy(m => m.Layer))
        {
            var layer = layers[group.Key];
            if (!Allowed(layer, languages, kinds))
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

    private static List<StoredLayer> ReadLayers(Document stored)
    {
        var texts = stored.GetValues(IndexFields.LayerText, CultureInfo.InvariantCulture);
        var langs = stored.GetValues(IndexFields.LayerLang, CultureInfo.InvariantCulture);
        var kinds = stored.GetValues(IndexFields.LayerKind, CultureInfo.InvariantCulture);
        var ocr = stored.GetFields(IndexFields.LayerOcr);
        var layers = new List<StoredLayer>(texts.Length);
        for (var i = 0; i < texts.Length && i < langs.Length && i < kinds.Length && i < ocr.Length; i++)
        {
            layers.Add(new StoredLayer(i, texts[i], langs[i], kinds[i], ocr[i].GetInt32Value() == 1));
        }
        return layers;
    }

    private static bool Holds(string field, StoredLayer layer)
    {
        if (string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))
        {
            return layer.Ocr;
        }
        if (layer.Ocr)
        {
            return false;
        }
        return !field.StartsWith(SearchFields.StemPrefix, StringComparison.Ordinal)
            || string.Equals(field, IndexAnalysis.StemField(layer.Lang), StringComparison.Ordinal);
    }

    private static List<LayerMatch> FindMatches(IndexReader reader, int docId, List<StoredLayer> layers, IReadOnlyList<MatchWord> words)
    {
        var matches = new List<LayerMatch>();
        var vectors = reader.GetTermVectors(docId);
        if (vectors is null)
        {
            return matches;
        }
        DocsAndPositionsEnum? positions = null;
        foreach (var field in Fields)
        {
            var terms = vectors.GetTerms(field);
            if (terms is null)
            {
                continue;
            }

            // Each field instance is one layer; Lucene continues offsets past each instance's end plus a gap of one.
            var starts = new int[layers.Count + 1];
            for (var i = 0; i < layers.Count; i++)
            {
                starts[i + 1] = starts[i] + (Holds(field, layers[i]) ? layers[i].Text.Length : 0) + 1;
            }
            var termsEnum = terms.GetEnumerator();
            var scan = words.Any(w => w.Prefix || (w.Edits > 0 && (string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) || string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))));
            if (scan)
            {
                var filter = new MatchTerms(field, words);
                while (termsEnum.MoveNext())
                {
                    if (!filter.MayMatch(termsEnum.Term))
                    {
                        continue;
                    }
                    var text = termsEnum.Term.Utf8ToString();
                    for (var w = 0; w < words.Count; w++)
                    {
                        if (words[w].Match(field, text) is { } kind)
                        {
                            positions = Collect(termsEnum, positions, w, kind, starts, layers, matches);
                        }
                    }
                }
                continue;
            }
            var wanted = new TermSet();
            foreach (var candidate in words.SelectMany(w => w.Candidates(field)))
            {
                wanted.Add(candidate);
            }
            var offsets = TermOffsets.Read(termsEnum, wanted, ref positions);
            for (var w = 0; w < words.Count; w++)
            {
                foreach (var candidate in words[w].Candidates(field))
                {
                    if (offsets.TryGetValue(candidate, out var found) && words[w].Match(field, candidate) is { } kind)
                    {
                        for (var i = 0; i < found.Length; i += 2)
                        {
                            Place(found[i], found[i + 1], w, kind, starts, layers, matches);
                        }
                    }
                }
            }
            if (string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))
            {
                positions = CollectOcrGrams(termsEnum, positions, words, starts, layers, matches);
            }
        }
        return matches;
    }

    /// <summary>A garbled OCR word matches when it carries enough of the query word's n-grams (they share its offsets).</summary>
    private static DocsAndPositionsEnum? CollectOcrGrams(TermsEnum termsEnum, DocsAndPositionsEnum? positions, IReadOnlyList<MatchWord> words, int[] starts, List<StoredLayer> layers, List<LayerMatch> matches)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].OcrGrams.Count == 0)
            {
                continue;
            }
            var spans = new List<LayerMatch>();
            foreach (var gram in words[w].OcrGrams)
            {
                if (termsEnum.SeekExact(new BytesRef(gram)))
                {
                    positions = Collect(termsEnum, positions, w, MatchKind.Ocr, starts, layers, spans);
                }
            }
            matches.AddRange(spans.GroupBy(m => m).Where(g => g.Count() >= words[w].OcrGramsRequired).Select(g => g.Key));
        }
        return positions;
    }

    private static DocsAndPositionsEnum? Collect(TermsEnum termsEnum, DocsAndPositionsEnum? reuse, int word, MatchKind kind, int[] starts, List<StoredLayer> layers, List<LayerMatch> matches)
    {
        var positions = termsEnum.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
        if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
        {
            return positions;
        }
        var freq = positions.Freq;
        for (var i = 0; i < freq; i++)
        {
            positions.NextPosition();
            Place(positions.StartOffset, positions.EndOffset, word, kind, starts, layers, matches);
        }
        return positions;
    }

    /// <summary>Adds the occurrence at field offsets <paramref name="start"/>..<paramref name="end"/> to the layer it falls in.</summary>
    private static void Place(int start, int end, int word, MatchKind kind, int[] starts, List<StoredLayer> layers, List<LayerMatch> matches)
    {
        if (start < 0)
        {
            return;
        }
        var layer = Array.BinarySearch(starts, start);
        layer = layer >= 0 ? layer : ~layer - 1;
        if (layer < 0 || layer >= layers.Count)
        {
            return;
        }
        var local = start - starts[layer];
        var length = Math.Min(end - start, layers[layer].Text.Length - local);
        if (length > 0)
        {
            matches.Add(new LayerMatch(layer, local, local + length, word, kind));
        }
    }

    /// <summary>One match per span, the best kind kept (a word found exactly is also found romanized).</summary>
    private static List<LayerMatch> Deduplicate(IEnumerable<LayerMatch> matches) =>
        matches.GroupBy(m => (m.Start, m.End)).Select(g => g.MinBy(m => m.Kind)).OrderBy(m => m.Start).ToList();

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
