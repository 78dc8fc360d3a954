using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Lucene.Net.Search;

namespace Dossier.Search.Tests.Querying;

/// <summary>
/// The public filter is a second guard behind the index of public records: over an index that held records of every
/// status and embargo, a public search finds only the public ones, and a search including the others finds them all.
/// </summary>
public sealed class SearchFiltersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("")]
    [InlineData("harbour")]
    public void Should_find_only_public_records_in_a_public_search_whatever_the_index_holds(string typed)
    {
        ArchiveRecord[] records =
        [
            SyntheticRecords.Make("published", "the harbour master"),
            SyntheticRecords.Make("lapsed", "the harbour master", embargo: Now.AddDays(-1)),
            SyntheticRecords.Make("embargoed", "the harbour master", embargo: Now.AddDays(1)),
            .. Enum.GetValues<RecordStatus>().Where(s => s != RecordStatus.Published)
                .Select(s => SyntheticRecords.Make(IndexFields.StatusTerm(s), "the harbour master", status: s)),
        ];
        using var index = MemoryIndex.Of(records);
        var searcher = new IndexSearcher(index.Reader);

        var found = Found(searcher, new SearchRequest { Query = typed });
        var all = Found(searcher, new SearchRequest { Query = typed, IncludeNonPublic = true });

        Assert.Equal(["lapsed", "published"], found);
        Assert.Equal(records.Select(r => r.Source.RecordId).Order(StringComparer.Ordinal), all);
    }

    private static List<string> Found(IndexSearcher searcher, SearchRequest request)
    {
        var typed = string.IsNullOrEmpty(request.Query) ? null : new SearchQueryBuilder(QueryContext.None).Build(TolerantQueryParser.Parse(request.Query));
        var query = SearchFilters.Apply(typed, request, Now)!;
        return [.. searcher.Search(query, 100).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexFields.SourceId, System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];
    }
}
