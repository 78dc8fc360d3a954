using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Search;

namespace Dossier.Search.Snippets;

/// <summary>Reads a page's hits: stored identity and display fields, snippets and why.</summary>
internal static class HitReader
{
    /// <summary>
    /// The page's hits, in order, read one after the other on the request's thread. Reading them on every core was
    /// measured slower: with the machine busy, each hand-over to a pool thread waited for a core (search-http p50
    /// 3.5 → 11 ms for frequent words at load 37).
    /// </summary>
    public static List<SearchHit> ReadPage(IndexSearcher searcher, ScoreDoc[] page, IReadOnlyList<MatchWord> words, SearchRequest request, TermLookups? lookups, CancellationToken cancellationToken)
    {
        var (layouts, matches) = PageMatches.Find(searcher.IndexReader, page, words, lookups);
        var hits = new List<SearchHit>(page.Length);
        for (var i = 0; i < page.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hits.Add(Read(searcher, page[i], layouts[i], matches[i], words, request));
        }
        return hits;
    }

    private static SearchHit Read(IndexSearcher searcher, ScoreDoc scoreDoc, List<LayerLayout> layout, List<LayerMatch> matches, IReadOnlyList<MatchWord> words, SearchRequest request)
    {
        // Only the layers and footnotes a match is in are decoded: snippets, why and the matched spellings read no other.
        // The footnotes are stored one value per layer that has some, in layer order, as the layout lists them.
        var notesOrder = new int[layout.Count];
        for (int i = 0, notes = 0; i < layout.Count; i++)
        {
            notesOrder[i] = layout[i].Part == LayoutPart.Notes ? notes++ : -1;
        }
        var windows = new Dictionary<int, (int From, int To)>();
        var notesRead = new HashSet<int>();
        foreach (var match in words.Count == 0 ? [] : matches)
        {
            var part = layout[match.Layer];
            if (part.Part == LayoutPart.Notes)
            {
                notesRead.Add(notesOrder[match.Layer]);
                continue;
            }
            if (part.Part != LayoutPart.Text)
            {
                continue;
            }
            // A long layer is read only around its matches (LayerSlices): what snippets, why and the spellings read.
            var from = Math.Max(0, match.Start - LayerSlices.ReadAround);
            var to = match.End > int.MaxValue - LayerSlices.ReadAround ? int.MaxValue : match.End + LayerSlices.ReadAround;
            windows[part.Layer] = windows.TryGetValue(part.Layer, out var window) ? (Math.Min(window.From, from), Math.Max(window.To, to)) : (from, to);
        }
        var stored = new HitFields(windows, notesRead);
        searcher.Doc(scoreDoc.Doc, stored);
        var parts = layout.Select((l, i) => l.Part switch
        {
            LayoutPart.Text => new StoredLayer(l.Layer, stored.Slices(l.Layer), stored.Offsets.GetValueOrDefault(l.Layer), l.Lang, l.Kind, l.Ocr),
            LayoutPart.Notes => new StoredLayer(l.Layer, stored.Notes.GetValueOrDefault(notesOrder[i], ""), l.Lang, l.Kind, l.Ocr, notes: true),
            _ => new StoredLayer(l.Layer, "", l.Lang, l.Kind, l.Ocr),
        }).ToList();
        var (snippets, why, spellings) = HitExplainer.Explain(parts, matches, words, request.Snippets, request.Languages, request.LayerKinds);
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
            Matched = spellings,
        };
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
