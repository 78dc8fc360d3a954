using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Search;

namespace Dossier.Search.Snippets;

/// <summary>Reads one page hit: stored identity and display fields, snippets and why.</summary>
internal static class HitReader
{
    /// <summary>
    /// The page's hits, in order. Each hit is read on its own (stored fields, term vectors, snippets), so the page's
    /// hits are read on as many cores as there are: a search asked alone answers sooner, and under load the
    /// work is the same.
    /// </summary>
    public static List<SearchHit> ReadPage(IndexSearcher searcher, ScoreDoc[] page, IReadOnlyList<MatchWord> words, SearchRequest request, CancellationToken cancellationToken)
    {
        var hits = new SearchHit[page.Length];
        if (page.Length < 2 || Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < page.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hits[i] = Read(searcher, page[i], words, request);
            }
            return [.. hits];
        }
        try
        {
            Parallel.For(0, page.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                i => hits[i] = Read(searcher, page[i], words, request));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return [.. hits];
    }

    public static SearchHit Read(IndexSearcher searcher, ScoreDoc scoreDoc, IReadOnlyList<MatchWord> words, SearchRequest request)
    {
        var stored = searcher.Doc(scoreDoc.Doc);
        var (snippets, why, matched) = HitExplainer.Explain(searcher.IndexReader, scoreDoc.Doc, stored, words, request.Snippets, request.Languages, request.LayerKinds);
        var date = stored.Get(IndexFields.StoredDate, CultureInfo.InvariantCulture);
        return new SearchHit
        {
            Id = stored.Get(IndexFields.Id, CultureInfo.InvariantCulture) ?? "",
            SourceId = stored.Get(IndexFields.SourceId, CultureInfo.InvariantCulture) ?? "",
            Title = stored.Get(IndexFields.StoredTitle, CultureInfo.InvariantCulture) ?? "",
            Date = date is null ? null : ParseDate(date, stored.Get(IndexFields.StoredDateBounds, CultureInfo.InvariantCulture)),
            Score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
            Snippets = snippets,
            Why = why,
            Matched = matched,
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
