using Dossier.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dossier.Search.Tests.Analysis;

/// <summary>Positions checked the way they are used: a real in-memory Lucene index and parsed phrase queries.</summary>
public sealed class PhraseOverIndexTests
{
    [Theory]
    [InlineData(SearchFields.Exact, "\"anti-Party element\"", "en")]
    [InlineData(SearchFields.Exact, "\"anti Party element\"", "en")]
    [InlineData(SearchFields.Exact, "\"Party element\"", "en")]
    [InlineData(SearchFields.Exact, "\"antiparty element\"", "en")]
    [InlineData(SearchFields.Latin, "\"Khrushchev skazal\"", "en")]
    [InlineData(SearchFields.Latin, "\"Хрущеву сказал\"", "ru")]
    [InlineData("stem.ru", "\"Хрущевым сказано\"", "ru")]
    public void Should_match_phrases_across_compounds_and_stacked_forms(string field, string query, string queryLanguage)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, DossierAnalyzers.Index)))
        {
            var en = new Document { new TextField(SearchFields.Exact, "He was called an anti-Party element by them.", Field.Store.NO) };
            writer.AddDocument(en, DossierAnalyzers.For("en"));
            var ru = new Document
            {
                new TextField(SearchFields.Latin, "Товарищ Хрущев сказал это.", Field.Store.NO),
                new TextField("stem.ru", "Товарищ Хрущев сказал это.", Field.Store.NO),
            };
            writer.AddDocument(ru, DossierAnalyzers.For("ru"));
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var parsed = new QueryParser(LuceneVersion.LUCENE_48, field, DossierAnalyzers.For(queryLanguage)).Parse(query);

        var hits = searcher.Search(parsed, 10).TotalHits;

        Assert.Equal(query.Contains("antiparty", StringComparison.Ordinal) ? 0 : 1, hits);
    }
}
