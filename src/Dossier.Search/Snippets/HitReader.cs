using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Search;

namespace Dossier.Search.Snippets;

/// <summary>
/// Reads a page's hits: stored identity and display fields from the index, snippets and why cut from the layer texts the
/// store holds (the index stores no text: each text is kept once, in the store).
/// </summary>
internal static class HitReader
{
    /// <summary>
    /// The page's hits, in order, read one after the other on the request's thread. Reading them on every core was
    /// measured slower: with the machine busy, each hand-over to a pool thread waited for a core (search-http p50
    /// 3.5 → 11 ms for frequent words at load 37). The texts of the hits with a match are read from the store in one
    /// query.
    /// </summary>
    public static async Task<List<SearchHit>> ReadPageAsync(IndexSearcher searcher, ScoreDoc[] page, IReadOnlyList<MatchWord> words, SearchRequest request, TermLookups? lookups, IRecordStore store, CancellationToken cancellationToken)
    {
        var (layouts, matches) = PageMatches.Find(searcher.IndexReader, page, words, lookups);
        var stored = new HitFields[page.Length];
        for (var i = 0; i < page.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stored[i] = new HitFields();
            searcher.Doc(page[i].Doc, stored[i]);
        }
        var matched = words.Count == 0 ? [] : Enumerable.Range(0, page.Length).Where(i => matches[i].Count > 0).Select(i => stored[i].Id).ToList();
        var texts = matched.Count == 0 ? NoTexts : await store.LayerTextsAsync(matched, cancellationToken).ConfigureAwait(false);
        var hits = new List<SearchHit>(page.Length);
        for (var i = 0; i < page.Length; i++)
        {
            hits.Add(Read(page[i], stored[i], layouts[i], matches[i], texts.GetValueOrDefault(stored[i].Id), words, request));
        }
        return hits;
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoTexts = new Dictionary<string, IReadOnlyList<string>>();

    private static SearchHit Read(ScoreDoc scoreDoc, HitFields stored, List<LayerLayout> layout, List<LayerMatch> matches, IReadOnlyList<string>? texts, IReadOnlyList<MatchWord> words, SearchRequest request)
    {
        // Only the layers a match is in are cut: snippets, why and the matched spellings read no other. A layer the store
        // no longer holds as the index read it keeps its matches to itself.
        var matchedLayers = matches.Select(m => m.Layer).ToHashSet();
        var cut = layout.Select((l, i) => matchedLayers.Contains(i) ? IndexedText(texts, i, l) : "").ToList();
        var usable = matches.Where(m => cut[m.Layer] is not null).ToList();
        var layers = layout.Select((l, i) => new StoredLayer(i, cut[i] ?? "", l.Lang, l.Kind, l.Ocr)).ToList();
        var (snippets, why, matchedSpellings) = HitExplainer.Explain(layers, usable, words, request.Snippets, request.Languages, request.LayerKinds);
        var shelf = StoredShelf.Read(stored.Shelf);
        return new SearchHit
        {
            Id = stored.Id,
            SourceId = stored.SourceId,
            Title = stored.Title,
            Date = stored.Date is null ? null : ParseDate(stored.Date, stored.DateBounds),
            Score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
            Collection = shelf.Collection,
            Reference = shelf.Reference,
            Snippets = snippets,
            Why = why,
            Matched = matchedSpellings,
        };
    }

    /// <summary>
    /// The part of the store's layer text the index holds, as long as the index's layout says; null for a text the store
    /// no longer holds so (changed or deleted since the index read it: the index follows within moments), whose matches'
    /// offsets would cut the wrong words.
    /// </summary>
    private static string? IndexedText(IReadOnlyList<string>? texts, int layer, LayerLayout layout)
    {
        if (texts is null || layer >= texts.Count)
        {
            return null;
        }
        var text = RecordDocumentBuilder.IndexedPart(texts[layer]);
        return text.Length == layout.Length ? text : null;
    }

    private static HistoricalDate ParseDate(string value, string? bounds)
    {
        var parts = (bounds ?? "").Split(' ');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var precision)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return new HistoricalDate
            {
                Value = value,
                Precision = (DatePrecision)precision,
                Start = DateOnly.FromDayNumber(start),
                End = DateOnly.FromDayNumber(end),
            };
        }
        return new HistoricalDate { Value = value };
    }
}
