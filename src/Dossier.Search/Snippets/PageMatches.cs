using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Snippets;

/// <summary>
/// Where the query words occur in the page's hits, read from the postings: per segment and field, each term a word
/// can match is looked up once and its postings advanced through the page's records in document order, so the cost
/// follows the words and the ten hits, never the length of a record's text. A word field's positions lead to the
/// word's span through the record's <see cref="WordSpans"/>; the ocr field's postings carry offsets. Matches come out
/// in the order the former term-vector reading gave them (field, then term or word, then position), which the
/// "matched" spellings' order follows.
/// </summary>
internal static class PageMatches
{
    private static readonly string[] Fields =
        [SearchFields.Exact, .. IndexAnalysis.StemFields, SearchFields.Latin, SearchFields.Key, SearchFields.Ocr];

    /// <summary>
    /// Per hit (in page order), its parts' layout (<see cref="LayerLayout"/>) and the matches in them. With the search's <paramref name="lookups"/>,
    /// a term the query looked up is not looked up again: its segment state is sought directly.
    /// </summary>
    public static (List<LayerLayout>[] Layouts, List<LayerMatch>[] Matches) Find(IndexReader reader, ScoreDoc[] page, IReadOnlyList<MatchWord> words, TermLookups? lookups = null)
    {
        var layouts = new List<LayerLayout>[page.Length];
        var spans = new WordSpans[page.Length];
        var matches = new List<LayerMatch>[page.Length];
        var leaves = reader.Leaves;
        var scratch = new BytesRef();
        foreach (var group in Enumerable.Range(0, page.Length).GroupBy(i => ReaderUtil.SubIndex(page[i].Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var hits = group.OrderBy(i => page[i].Doc).Select(i => new PageHit(i, page[i].Doc - leaf.DocBase)).ToArray();
            var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.LayerLayout);
            var wordSpans = words.Count == 0 ? null : leaf.AtomicReader.GetBinaryDocValues(IndexFields.WordSpans);
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
                if (wordSpans is not null)
                {
                    wordSpans.Get(hit.Doc, scratch);
                    spans[hit.Index] = WordSpans.Decode(scratch);
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
                // A field no hit's shown part (a layer's text or footnotes) is in holds at most the description, where no
                // match is placed (the English stems of a Russian letter, ocr for clean text).
                if (!hits.Any(h => layouts[h.Index].Exists(l => l.Shown && l.IsIn(field))) || leaf.AtomicReader.GetTerms(field) is not { } terms)
                {
                    continue;
                }
                var positional = !string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal);
                var starts = hits.Select(h => positional ? Bases(field, layouts[h.Index], spans[h.Index]) : Starts(field, layouts[h.Index])).ToArray();
                var dictionary = lookups?.Dictionary(leaf, field) ?? terms.GetEnumerator();
                var reading = new FieldReading(dictionary, new SeekTarget(lookups, field, leaf.Ord), hits, positional ? spans : null, starts, layouts, matches);
                var scan = words.Any(w => w.Prefix || (w.Edits > 0 && (string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) || string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal))));
                reuse = scan ? ReadScanned(reading, terms, field, words, lookups, reuse) : ReadExact(reading, field, words, reuse);
                if (string.Equals(field, SearchFields.Latin, StringComparison.Ordinal))
                {
                    reuse = ReadPhrases(reading, words, reuse);
                }
            }
        }
        return (layouts, matches);
    }

    /// <summary>
    /// Each part's first position in a word field: Lucene continues positions past each instance's last plus the
    /// writer's gap; a layer the field does not hold is an empty instance, and a part with no instance in it (the
    /// description or footnotes in another language's stem field) takes no position.
    /// </summary>
    private static int[] Bases(string field, List<LayerLayout> parts, WordSpans? spans)
    {
        var bases = new int[parts.Count + 1];
        for (var i = 0; i < parts.Count; i++)
        {
            var taken = !parts[i].HasInstanceIn(field) ? 0
                : (parts[i].IsIn(field) ? spans?.PositionsOf(i) ?? 0 : 0) + LayerGapAnalyzer.PositionGap;
            bases[i + 1] = bases[i] + taken;
        }
        return bases;
    }

    /// <summary>Each part's first offset in the ocr field: Lucene continues offsets past each instance's end plus a gap of one (only layers have an instance there).</summary>
    private static int[] Starts(string field, List<LayerLayout> parts)
    {
        var starts = new int[parts.Count + 1];
        for (var i = 0; i < parts.Count; i++)
        {
            var taken = !parts[i].HasInstanceIn(field) ? 0
                : (parts[i].IsIn(field) ? parts[i].Length : 0) + LayerGapAnalyzer.OffsetGap;
            starts[i + 1] = starts[i] + taken;
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
                found[candidate] = reading.Occurrences(new BytesRef(candidate), ref reuse);
            }
        }
        for (var h = 0; h < reading.Hits.Length; h++)
        {
            for (var w = 0; w < words.Count; w++)
            {
                foreach (var candidate in words[w].Candidates(field))
                {
                    if (found[candidate]?[h] is { } spans && words[w].Match(field, candidate) is { } kind)
                    {
                        reading.Place(h, spans, w, kind, reading.MatchesOf(h));
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
                var occurrences = reading.Occurrences(new BytesRef(gram), ref reuse);
                for (var h = 0; h < reading.Hits.Length; h++)
                {
                    if (occurrences?[h] is { } found)
                    {
                        reading.Place(h, found, w, MatchKind.Ocr, spans[h]);
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

    /// <summary>A word's names of several words in the other language (<see cref="MatchWord.OtherPhrases"/>): each run of their words side by side, as one match.</summary>
    private static DocsAndPositionsEnum? ReadPhrases(FieldReading reading, IReadOnlyList<MatchWord> words, DocsAndPositionsEnum? reuse)
    {
        for (var w = 0; w < words.Count; w++)
        {
            foreach (var phrase in words[w].OtherPhrases)
            {
                var occurrences = reading.PhraseOccurrences(phrase, ref reuse);
                for (var h = 0; occurrences is not null && h < reading.Hits.Length; h++)
                {
                    if (occurrences[h] is { } found)
                    {
                        reading.Place(h, found, w, MatchKind.OtherName, reading.MatchesOf(h));
                    }
                }
            }
        }
        return reuse;
    }

    /// <summary>Prefix and fuzzy words: every dictionary term a word matches, in term order, each with the words it matches.</summary>
    private static DocsAndPositionsEnum? ReadScanned(FieldReading reading, Terms terms, string field, IReadOnlyList<MatchWord> words, TermLookups? lookups, DocsAndPositionsEnum? reuse)
    {
        var perTerm = new List<(int Word, MatchKind Kind)>();
        foreach (var term in FieldTerms.Candidates(terms, field, words, lookups))
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
            var occurrences = reading.Occurrences(term, ref reuse);
            for (var h = 0; occurrences is not null && h < reading.Hits.Length; h++)
            {
                if (occurrences[h] is not { } found)
                {
                    continue;
                }
                foreach (var (word, kind) in perTerm)
                {
                    reading.Place(h, found, word, kind, reading.MatchesOf(h));
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

    /// <summary>
    /// One field of one segment, read for the page's hits of that segment. <paramref name="starts"/> holds, per hit, each
    /// layer's first position (a word field, read through <paramref name="spans"/>) or first offset (the ocr field).
    /// </summary>
    private sealed class FieldReading(TermsEnum termsEnum, SeekTarget target, PageHit[] hits, WordSpans?[]? spans, int[][] starts, List<LayerLayout>[] layouts, List<LayerMatch>[] matches)
    {
        public PageHit[] Hits => hits;

        public List<LayerMatch> MatchesOf(int hit) => matches[hits[hit].Index];

        /// <summary>
        /// Per hit, the term's occurrences as (layer, start, end) triples within their layers, layer -1 where an
        /// occurrence lies outside every layer (null where the hit lacks the term); null when no record has it.
        /// </summary>
        public int[]?[]? Occurrences(BytesRef term, ref DocsAndPositionsEnum? reuse) =>
            Read(term, ref reuse, spans is null ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.PAYLOADS, (h, postings) =>
            {
                var freq = postings.Freq;
                var found = new int[freq * 3];
                for (var i = 0; i < freq; i++)
                {
                    var position = postings.NextPosition();
                    var (layer, start, end) = spans is null
                        ? InLayer(h, postings.StartOffset, postings.EndOffset)
                        : AtPosition(h, position, postings.GetPayload() is { Length: > 0 });
                    found[3 * i] = layer;
                    found[(3 * i) + 1] = start;
                    found[(3 * i) + 2] = end;
                }
                return found;
            });

        /// <summary>
        /// Per hit, what <paramref name="read"/> reads of the term's postings positioned on it (null where the hit lacks the
        /// term); null when no record has it.
        /// </summary>
        private T?[]? Read<T>(BytesRef term, ref DocsAndPositionsEnum? reuse, DocsAndPositionsFlags flags, Func<int, DocsAndPositionsEnum, T> read)
            where T : class
        {
            if (!target.Seek(termsEnum, term))
            {
                return null;
            }
            reuse = termsEnum.DocsAndPositions(null, reuse, flags);
            if (reuse is null)
            {
                return null;
            }
            var result = new T?[hits.Length];
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
                if (doc == hits[h].Doc)
                {
                    result[h] = read(h, reuse);
                }
            }
            return result;
        }

        /// <summary>
        /// Per hit, the runs of <paramref name="phrase"/>'s words (each any of its forms, latn terms) at consecutive
        /// positions, each as one (layer, start, end) triple from its first word's start to its last word's end (null
        /// where the hit has none); null when no hit can have one.
        /// </summary>
        public int[]?[]? PhraseOccurrences(string[][] phrase, ref DocsAndPositionsEnum? reuse)
        {
            var positions = new Dictionary<int, bool>?[phrase.Length][];
            for (var t = 0; t < phrase.Length; t++)
            {
                var word = new Dictionary<int, bool>?[hits.Length];
                var any = false;
                foreach (var form in phrase[t])
                {
                    if (PositionsOf(new BytesRef(form), ref reuse) is not { } held)
                    {
                        continue;
                    }
                    any = true;
                    for (var h = 0; h < hits.Length; h++)
                    {
                        if (held[h] is { } at)
                        {
                            var into = word[h] ??= [];
                            foreach (var (position, compound) in at)
                            {
                                into.TryAdd(position, compound);
                            }
                        }
                    }
                }
                if (!any)
                {
                    return null;
                }
                positions[t] = word;
            }
            var result = new int[]?[hits.Length];
            for (var h = 0; h < hits.Length; h++)
            {
                if (Array.Exists(positions, p => p[h] is null))
                {
                    continue;
                }
                var found = new List<int>();
                foreach (var (first, compound) in positions[0][h]!)
                {
                    var last = first + phrase.Length - 1;
                    var whole = true;
                    for (var t = 1; t < phrase.Length && whole; t++)
                    {
                        whole = positions[t][h]!.ContainsKey(first + t);
                    }
                    if (!whole)
                    {
                        continue;
                    }
                    var (layer, start, _) = AtPosition(h, first, compound);
                    var (lastLayer, _, end) = AtPosition(h, last, positions[^1][h]![last]);
                    if (layer >= 0 && layer == lastLayer && end > start)
                    {
                        found.AddRange([layer, start, end]);
                    }
                }
                result[h] = found.Count == 0 ? null : [.. found];
            }
            return result;
        }

        /// <summary>Per hit, the term's positions, each with whether its word is a compound's part (null where the hit lacks the term); null when no record has it.</summary>
        private Dictionary<int, bool>?[]? PositionsOf(BytesRef term, ref DocsAndPositionsEnum? reuse) =>
            spans is null ? null : Read(term, ref reuse, DocsAndPositionsFlags.PAYLOADS, static (_, postings) =>
            {
                var freq = postings.Freq;
                var held = new Dictionary<int, bool>(freq);
                for (var i = 0; i < freq; i++)
                {
                    var position = postings.NextPosition();
                    held[position] = postings.GetPayload() is { Length: > 0 };
                }
                return held;
            });

        /// <summary>Adds each occurrence of <paramref name="found"/> (triples from <see cref="Occurrences"/>) to the hit's matches.</summary>
        public void Place(int hit, int[] found, int word, MatchKind kind, List<LayerMatch> into)
        {
            var layers = layouts[hits[hit].Index];
            for (var i = 0; i < found.Length; i += 3)
            {
                var (layer, start, end) = (found[i], found[i + 1], found[i + 2]);
                if (layer < 0 || layer >= layers.Count || !layers[layer].Shown)
                {
                    continue;
                }
                var length = Math.Min(end - start, layers[layer].Length - start);
                if (length > 0)
                {
                    into.Add(new LayerMatch(layer, start, start + length, word, kind));
                }
            }
        }

        /// <summary>The layer a word field's position falls in, and the word's span there.</summary>
        private (int Layer, int Start, int End) AtPosition(int hit, int position, bool compound)
        {
            var layer = LayerAt(starts[hit], position);
            if (layer < 0 || spans![hits[hit].Index]?.Span(layer, position - starts[hit][layer], compound) is not { } span)
            {
                return (-1, 0, 0);
            }
            return (layer, span.Start, span.End);
        }

        /// <summary>The layer an ocr field's offsets fall in, and the offsets within it.</summary>
        private (int Layer, int Start, int End) InLayer(int hit, int start, int end)
        {
            var layer = start < 0 ? -1 : LayerAt(starts[hit], start);
            return layer < 0 ? (-1, 0, 0) : (layer, start - starts[hit][layer], end - starts[hit][layer]);
        }

        /// <summary>
        /// The part whose range <c>[firsts[i], firsts[i + 1])</c> holds <paramref name="at"/>, or -1: the last part starting
        /// at or before it, since a part with no instance in the field starts where the next one does and holds nothing.
        /// </summary>
        private static int LayerAt(int[] firsts, int at)
        {
            var (low, high, found) = (0, firsts.Length - 2, -1);
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                if (firsts[middle] <= at)
                {
                    (found, low) = (middle, middle + 1);
                }
                else
                {
                    high = middle - 1;
                }
            }
            return found >= 0 && at < firsts[found + 1] ? found : -1;
        }
    }
}
