using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;

namespace Dossier.Web.Searching;

/// <summary>
/// A search over the store itself, record by record, for an archive that has no full-text index yet:
/// plain word matching, the same filters, facets and snippets. Slow on big archives, but never wrong about what is public.
/// </summary>
internal sealed class StoreScanSearch(IRecordStore records, TimeProvider time)
{
    private const int SnippetRadius = 90;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var matcher = new WordMatcher(WordMatcher.WordsOf(request.Query));
        var now = time.GetUtcNow();
        var hits = new List<(ArchiveRecord Record, int Score)>();
        await foreach (var record in records.StreamReadableAsync(static _ => { }, cancellationToken).ConfigureAwait(false))
        {
            if ((!request.IncludeNonPublic && !record.IsPublicAt(now)) || !Passes(record, request))
            {
                continue;
            }
            var score = Score(record, request, matcher);
            if (score > 0)
            {
                hits.Add((record, score));
            }
        }
        IEnumerable<(ArchiveRecord Record, int Score)> ordered = request.Sort switch
        {
            SearchSort.DateAscending => hits.OrderBy(h => h.Record.Date?.Start ?? DateOnly.MaxValue).ThenBy(h => h.Record.Id, StringComparer.Ordinal),
            SearchSort.DateDescending => hits.OrderByDescending(h => h.Record.Date?.End ?? DateOnly.MinValue).ThenBy(h => h.Record.Id, StringComparer.Ordinal),
            _ => hits.OrderByDescending(h => h.Score).ThenBy(h => h.Record.Id, StringComparer.Ordinal),
        };
        var page = ordered.Skip(request.Offset).Take(request.Limit).Select(h => ToHit(h.Record, h.Score, request, matcher)).ToList();
        return new SearchResult
        {
            Total = hits.Count,
            Hits = page,
            Facets = request.Facets ? ScanFacets.Count(hits.Select(h => h.Record)) : new Dictionary<string, IReadOnlyList<FacetValue>>(),
            TookMs = (long)time.GetElapsedTime(started).TotalMilliseconds,
        };
    }

    private static bool Passes(ArchiveRecord record, SearchRequest request)
    {
        if (request.Languages.Count > 0 && !Layers(record, request).Any())
        {
            return false;
        }
        if (request.LayerKinds.Count > 0 && !Layers(record, request).Any())
        {
            return false;
        }
        if ((request.From is not null || request.To is not null) && record.Date is null)
        {
            return false;
        }
        if (request.From is { } from && record.Date!.End < from)
        {
            return false;
        }
        if (request.To is { } to && record.Date!.Start > to)
        {
            return false;
        }
        return AnyOf(request.Collections, record.Collections.Select(c => c.CollectionId))
            && AnyOf(request.Repositories, [record.ArchivalReference?.Repository])
            && AnyOf([.. request.Shelves.Select(s => Shelf.Parse(s)?.Key ?? "")], record.ArchivalReference is { } reference && ArchivalPlace.ShelfOf(reference) is { } shelf ? shelf.KeysDownTo() : [])
            && AnyOf(request.People, record.People.SelectMany(p => new[] { p.AuthorityId, p.Name }))
            && AnyOf(request.Places, record.Places.SelectMany(p => new[] { p.AuthorityId, p.Name }))
            && AnyOf(request.Subjects, record.Subjects);
    }

    private static bool AnyOf(IReadOnlyList<string> wanted, IEnumerable<string?> values) =>
        wanted.Count == 0 || values.Any(v => v is not null && wanted.Contains(v, StringComparer.OrdinalIgnoreCase));

    internal static bool LanguageMatches(string layerLang, IReadOnlyList<string> wanted) =>
        wanted.Count == 0 || wanted.Any(w =>
            string.Equals(w, layerLang, StringComparison.OrdinalIgnoreCase)
            || layerLang.StartsWith(w + "-", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<(TextLayer Layer, int Index)> Layers(ArchiveRecord record, SearchRequest request) =>
        record.Layers
            .Select((layer, index) => (layer, index))
            .Where(l => LanguageMatches(l.layer.Lang, request.Languages)
                && (request.LayerKinds.Count == 0 || request.LayerKinds.Contains(KindName(l.layer.Kind), StringComparer.OrdinalIgnoreCase)));

    internal static string KindName(LayerKind kind) => kind.ToString().ToLowerInvariant();

    private static int Score(ArchiveRecord record, SearchRequest request, WordMatcher matcher)
    {
        if (matcher.IsEmpty)
        {
            return 1;
        }
        var texts = new List<string> { record.Title, record.Summary ?? "" };
        texts.AddRange(Layers(record, request).Select(l => l.Layer.Text));
        var all = string.Join("\n", texts);
        // Every word of the query must be there, as in the index's default AND.
        foreach (var term in matcher.Terms)
        {
            if (new WordMatcher([term]).Find(all).Count == 0)
            {
                return 0;
            }
        }
        return (new WordMatcher([.. matcher.Terms]).Find(record.Title).Count * 5) + matcher.Find(all).Count;
    }

    private static SearchHit ToHit(ArchiveRecord record, int score, SearchRequest request, WordMatcher matcher)
    {
        var snippets = new List<Snippet>();
        foreach (var (layer, index) in Layers(record, request))
        {
            if (snippets.Count >= request.Snippets)
            {
                break;
            }
            var found = matcher.Find(layer.Text);
            if (found.Count == 0 && !matcher.IsEmpty)
            {
                continue;
            }
            var first = found.Count > 0 ? found[0].Start : 0;
            var start = Math.Max(0, first - SnippetRadius);
            var end = Math.Min(layer.Text.Length, first + (SnippetRadius * 2));
            var text = layer.Text[start..end];
            snippets.Add(new Snippet
            {
                Layer = KindName(layer.Kind),
                Lang = layer.Lang,
                LayerIndex = index,
                Text = text,
                Highlights = matcher.Find(text),
            });
        }
        var why = matcher.Terms
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"“{t}” — word match"))
            .ToList();
        return new SearchHit
        {
            Id = record.Id,
            SourceId = record.Source.RecordId,
            Title = record.Title,
            Date = record.Date,
            Score = score,
            Collection = record.Collections.FirstOrDefault(),
            Reference = record.ArchivalReference,
            Why = why,
            Snippets = snippets,
        };
    }
}
