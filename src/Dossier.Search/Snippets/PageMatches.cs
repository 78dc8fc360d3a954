using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Snippets;

/// <summary>
/// Where the query words occur in the page's hits, read from the postings' offsets: per segment and field, each
/// term a word can match is looked up once and its postings advanced through the page's records in document order,
/// so the cost follows the words and the ten hits, never the length of a record's text. Matches come out in the order
/// the former term-vector reading gave them (field, then term or word, then position), which the "matched"
/// spellings' order follows.
/// </summary>
internal static class PageMatches
{
    private static readonly string[] Fields =
        [SearchFields.Exact, .. IndexAnalysis.StemFields, SearchFields.Latin, SearchFields.Key, SearchFields.Ocr];

    /// <summary>
    /// Per hit (in page order), its layers' layout and the matches in them. With the search's <paramref name="lookups"/>,
    /// a term the query looked up is not looked up again: its segment state is sought directly.
    /// </summary>
    public static (List<LayerLayout>[] Layouts, List<LayerMatch>[] Matches) Find(IndexReader reader, ScoreDoc[] page, IReadOnlyList<MatchWord> words, TermLookups? lookups = null)
    {
        var layouts = new List<LayerLayout>[page.Length];
        var matches = new List<LayerMatch>[page.Length];
        var leaves = reader.Leaves;
        var scratch = new BytesRef();
        foreach (var group in Enumerable.Range(0, page.Length).GroupBy(i => ReaderUtil.SubIndex(page[i].Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var hits = group.OrderBy(i => page[i].Doc).Select(i => new PageHit(i, page[i].Doc - leaf.DocBase)).ToArray();
            var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.LayerLayout);
            foreach (var hit in hits)
            {
                if (values is null)
                {
                    layouts[hit.Index] = [];
                }
                else
                {
                    values.Get(hit.Doc, scratch);
                    layouts[hit.Index] = LayerLayout.Decode(scratch);
                }
                matches[hit.Index] = [];
            }
            if (words.Count == 0)
            {
                continue;
            }
            DocsAndPositionsEnum? reuse = null;
            foreach (var field in Fields)
            {
                // A field no hit's layer is in holds only the description the index appends after the layers, where
                // no match is placed (the stem fields of other languages, ocr for clean text).
                if (!hits.Any(h => layouts[h.Index].Exists(l => l.IsIn(field))) || leaf.AtomicReader.GetTerms(field) is not { } terms)
                {
                    continue;
                }
                var starts = hits.Select(h => Starts(field, layouts[h.Index])).ToArray();
                var dictionary = lookups?.Dictionary(leaf, field) ?? terms.GetEnumerator();
                var reading = new FieldReading(dictionary, new SeekTarget(lookups, field, leaf.Ord), hits, starts, layouts, matches);
                var scan = words.Any(w => w.Prefix || (w.Edits > 0 && (string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) || string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))));
                reuse = scan ? ReadScanned(reading, terms, field, words, reuse) : ReadExact(reading, field, words, reuse);
            }
        }
        return (layouts, matches);
    }

    /// <summary>Each layer's first offset in <paramref name="field"/>: Lucene continues offsets past each instance's end plus a gap of one.</summary>
    private static int[] Starts(string field, List<LayerLayout> layers)
    {
        var starts = new int[layers.Count + 1];
        for (var i = 0; i < layers.Count; i++)
        {
            starts[i + 1] = starts[i] + (layers[i].IsIn(field) ? layers[i].Length : 0) + LayerGapAnalyzer.OffsetGap;
        }
        return starts;
    }

    /// <summary>Words looked up by their exact terms: per word, per term, its occurrences; then the OCR n-grams.</summary>
    private static DocsAndPositionsEnum? ReadExact(FieldReading reading, string field, IReadOnlyList<MatchWord> words, DocsAndPositionsEnum? reuse)
    {
        var found = new Dictionary<string, int[]?[]?>(StringComparer.Ordinal);
        foreach (var candidate in words.SelectMany(w => w.Candidates(field)))
        {
            if (!found.ContainsKey(candidate))
            {
                found[candidate] = reading.Offsets(new BytesRef(candidate), ref reuse);
            }
        }
        for (var h = 0; h < reading.Hits.Length; h++)
        {
            for (var w = 0; w < words.Count; w++)
            {
                foreach (var candidate in words[w].Candidates(field))
                {
                    if (found[candidate]?[h] is { } offsets && words[w].Match(field, candidate) is { } kind)
                    {
                        for (var i = 0; i < offsets.Length; i += 2)
                        {
                            reading.Place(h, offsets[i], offsets[i + 1], w, kind, reading.MatchesOf(h));
                        }
                    }
                }
            }
        }
        if (string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))
        {
            reuse = ReadOcrGrams(reading, words, reuse);
        }
        return reuse;
    }

    /// <summary>A garbled OCR word matches when it carries enough of the query word's n-grams (they share its offsets).</summary>
    private static DocsAndPositionsEnum? ReadOcrGrams(FieldReading reading, IReadOnlyList<MatchWord> words, DocsAndPositionsEnum? reuse)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].OcrGrams.Count == 0)
            {
                continue;
            }
            var spans = reading.Hits.Select(_ => new List<LayerMatch>()).ToArray();
            foreach (var gram in words[w].OcrGrams)
            {
                var offsets = reading.Offsets(new BytesRef(gram), ref reuse);
                for (var h = 0; h < reading.Hits.Length; h++)
                {
                    for (var i = 0; offsets?[h] is { } found && i < found.Length; i += 2)
                    {
                        reading.Place(h, found[i], found[i + 1], w, MatchKind.Ocr, spans[h]);
                    }
                }
            }
            for (var h = 0; h < reading.Hits.Length; h++)
            {
                reading.MatchesOf(h).AddRange(spans[h].GroupBy(m => m).Where(g => g.Count() >= words[w].OcrGramsRequired).Select(g => g.Key));
            }
        }
        return reuse;
    }

    /// <summary>Prefix and fuzzy words: every dictionary term a word matches, in term order, each with the words it matches.</summary>
    private static DocsAndPositionsEnum? ReadScanned(FieldReading reading, Terms terms, string field, IReadOnlyList<MatchWord> words, DocsAndPositionsEnum? reuse)
    {
        var perTerm = new List<(int Word, MatchKind Kind)>();
        foreach (var term in FieldTerms.Candidates(terms, field, words))
        {
            var text = term.Utf8ToString();
            perTerm.Clear();
            for (var w = 0; w < words.Count; w++)
            {
                if (words[w].Match(field, text) is { } kind)
                {
                    perTerm.Add((w, kind));
                }
            }
            if (perTerm.Count == 0)
            {
                continue;
            }
            var offsets = reading.Offsets(term, ref reuse);
            for (var h = 0; offsets is not null && h < reading.Hits.Length; h++)
            {
                if (offsets[h] is not { } found)
                {
                    continue;
                }
                foreach (var (word, kind) in perTerm)
                {
                    for (var i = 0; i < found.Length; i += 2)
                    {
                        reading.Place(h, found[i], found[i + 1], word, kind, reading.MatchesOf(h));
                    }
                }
            }
        }
        return reuse;
    }

    private readonly record struct PageHit(int Index, int Doc);

    /// <summary>A segment's field and the search's looked-up terms, to seek a term by its known state.</summary>
    private readonly record struct SeekTarget(TermLookups? Lookups, string Field, int Segment)
    {
        /// <summary>Positions <paramref name="termsEnum"/> on the term; false when the segment does not hold it.</summary>
        public bool Seek(TermsEnum termsEnum, BytesRef term)
        {
            if (Lookups is not null && Lookups.TryGetState(new Term(Field, term), Segment, out var state))
            {
                if (state is null)
                {
                    return false;
                }
                termsEnum.SeekExact(term, state);
                return true;
            }
            return termsEnum.SeekExact(term);
        }
    }

    /// <summary>One field of one segment, read for the page's hits of that segment.</summary>
    private sealed class FieldReading(TermsEnum termsEnum, SeekTarget target, PageHit[] hits, int[][] starts, List<LayerLayout>[] layouts, List<LayerMatch>[] matches)
    {
        public PageHit[] Hits => hits;

        public List<LayerMatch> MatchesOf(int hit) => matches[hits[hit].Index];

        /// <summary>Per hit, the term's occurrences as start/end offset pairs (null where the hit lacks it); null when no record has it.</summary>
        public int[]?[]? Offsets(BytesRef term, ref DocsAndPositionsEnum? reuse)
        {
            if (!target.Seek(termsEnum, term))
            {
                return null;
            }
            reuse = termsEnum.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
            if (reuse is null)
            {
                return null;
            }
            var result = new int[]?[hits.Length];
            var doc = -1;
            for (var h = 0; h < hits.Length; h++)
            {
                if (doc < hits[h].Doc)
                {
                    doc = reuse.Advance(hits[h].Doc);
                }
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
                if (doc != hits[h].Doc)
                {
                    continue;
                }
                var freq = reuse.Freq;
                var offsets = new int[freq * 2];
                for (var i = 0; i < freq; i++)
                {
                    reuse.NextPosition();
                    offsets[2 * i] = reuse.StartOffset;
                    offsets[(2 * i) + 1] = reuse.EndOffset;
                }
                result[h] = offsets;
            }
            return result;
        }

        /// <summary>Adds the occurrence at field offsets <paramref name="start"/>..<paramref name="end"/> to the layer it falls in.</summary>
        public void Place(int hit, int start, int end, int word, MatchKind kind, List<LayerMatch> into)
        {
            if (start < 0)
            {
                return;
            }
            var layers = layouts[hits[hit].Index];
            var layer = Array.BinarySearch(starts[hit], start);
            layer = layer >= 0 ? layer : ~layer - 1;
            if (layer < 0 || layer >= layers.Count)
            {
                return;
            }
            var local = start - starts[hit][layer];
            var length = Math.Min(end - start, layers[layer].Length - local);
            if (length > 0)
            {
                into.Add(new LayerMatch(layer, local, local + length, word, kind));
            }
        }
    }
}
