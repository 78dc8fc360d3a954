using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Dossier.Search.Authorities;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>The request's filters around the typed query: visibility first, then languages, kinds, dates and metadata.</summary>
internal static class SearchFilters
{
    /// <summary>The status terms of records that are not published.</summary>
    private static readonly string[] NotPublished =
        [.. Enum.GetValues<RecordStatus>().Where(s => s != RecordStatus.Published).Select(IndexFields.StatusTerm)];

    /// <summary>
    /// The query to run, or null when nothing can match (something was typed, but nothing searchable). With
    /// <paramref name="lookups"/>, the filters' terms are looked up once for the search's queries.
    /// </summary>
    public static Query? Apply(Query? typed, SearchRequest request, DateTimeOffset now, AuthorityNames? authorities = null, TermLookups? lookups = null)
    {
        Query main;
        if (typed is not null)
        {
            main = typed;
        }
        else if (string.IsNullOrWhiteSpace(request.Query))
        {
            main = new MatchAllDocsQuery();
        }
        else
        {
            return null;
        }
        var query = new BooleanQuery { { main, Occur.MUST } };
        if (!request.IncludeNonPublic)
        {
            // Mirrors ArchiveRecord.IsPublicAt: published, and no embargo or one already over. A second guard: public
            // searches read the index of public records, which holds no other. Both tests exclude the few records that
            // fail them rather than requiring the many that pass: requiring "published" read the postings of every
            // record in every search (a tenth of a frequent word's search, issue 9), and a range over every record's
            // embargo would be built for each search.
            foreach (var status in NotPublished)
            {
                query.Add(Term(lookups, IndexFields.Status, status), Occur.MUST_NOT);
            }
            query.Add(NumericRangeQuery.NewInt64Range(IndexFields.Embargo, now.UtcTicks, null, false, true), Occur.MUST_NOT);
        }
        if (request.RecordIds.Count > 0)
        {
            var ids = new BooleanQuery();
            foreach (var id in request.RecordIds.Where(v => !string.IsNullOrWhiteSpace(v)).Take(512))
            {
                ids.Add(Term(lookups, IndexFields.Id, id), Occur.SHOULD);
            }
            Require(query, ids);
        }
        AnyOf(query, IndexFields.Lang, request.Languages, lookups);
        AnyOf(query, IndexFields.Kind, request.LayerKinds, lookups);
        AnyOf(query, IndexFields.Collection, request.Collections, lookups);
        AnyOf(query, IndexFields.Repository, request.Repositories, lookups);
        AnyOf(query, IndexFields.Shelf, [.. request.Shelves.Select(s => Shelf.Parse(s)?.Key ?? "")], lookups);
        AnyOf(query, IndexFields.Person, WithAuthorityIds(request.People, authorities), lookups);
        AnyOf(query, IndexFields.Place, WithAuthorityIds(request.Places, authorities), lookups);
        AnyOf(query, IndexFields.Subject, request.Subjects, lookups);
        if (request.From is not null || request.To is not null)
        {
            Require(query, SearchQueryBuilder.DateRange(request.From, request.To));
        }
        return query;
    }

    /// <summary>People and places are filtered by authority id or a name as written; a preferred name stands for its authority.</summary>
    private static IReadOnlyList<string> WithAuthorityIds(IReadOnlyList<string> values, AuthorityNames? authorities)
    {
        if (authorities is null || authorities.Count == 0 || values.Count == 0)
        {
            return values;
        }
        var ids = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(authorities.IdOfPreferredName).OfType<string>();
        return [.. values.Concat(ids).Distinct(StringComparer.Ordinal)];
    }

    private static void AnyOf(BooleanQuery query, string field, IReadOnlyList<string> values, TermLookups? lookups)
    {
        if (values.Count == 0)
        {
            return;
        }
        var any = new BooleanQuery();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Take(512))
        {
            any.Add(Term(lookups, field, value.Trim().ToLowerInvariant()), Occur.SHOULD);
        }
        Require(query, any);
    }

    private static TermQuery Term(TermLookups? lookups, string field, string value) =>
        lookups?.Query(new Term(field, value)) ?? new TermQuery(new Term(field, value));

    private static void Require(BooleanQuery query, Query filter) =>
        query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
}
