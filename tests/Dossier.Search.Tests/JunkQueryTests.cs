using System.Text;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

public sealed class JunkQueryTests(ModelRecordIndex model) : IClassFixture<ModelRecordIndex>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Soviet Union (see also; under Turkey)")]
    [InlineData("Iran, Azerbaijan: crisis of 1946")]
    [InlineData("Khrushchev, N. S. — speeches; 1955-1957")]
    [InlineData("\"unbalanced quote")]
    [InlineData("((((nested")]
    [InlineData("closing))))")]
    [InlineData("title: date:[ TO ] year:abcd lang:")]
    [InlineData("AND OR NOT")]
    [InlineData("-")]
    [InlineData("***")]
    [InlineData(":::;;;,,,")]
    [InlineData("date:[1955 TO")]
    [InlineData("person:\"Khrushchev, Nikita")]
    [InlineData("a* b* c* d* e*")]
    [InlineData("\u0000\uFFFF\uD800")]
    public async Task Should_answer_heading_like_and_broken_queries_without_throwing(string query)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query, Facets = true }, Cancel);

        Assert.True(result.Total >= 0);
        Assert.Equal(Math.Min(result.Total, 10), result.Hits.Count);
    }

    [Theory]
    [InlineData("Pishevari (")]
    [InlineData("\"Pishevari")]
    [InlineData("Pishevari)")]
    [InlineData("Pishevari;")]
    [InlineData("Pishevari, Tabriz")]
    public async Task Should_still_find_words_around_stray_punctuation(string query)
    {
        var result = await model.Index.SearchAsync(new SearchRequest { Query = query }, Cancel);

        Assert.Equal(1, result.Total);
    }

    [Fact]
    public async Task Should_never_throw_on_random_punctuation_and_unicode()
    {
        const string alphabet = "\"'()[]{}:;,.-+*?~!^&|/\\ \t\nANDORNOTabcxyzПишевариХрущёвəşğ日本語\u0301\u200B«»“”";
        var random = new Random(20260601);
        for (var i = 0; i < 300; i++)
        {
            var query = new StringBuilder();
            var length = random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                query.Append(random.Next(10) == 0 ? (char)random.Next(0x20, 0xD7FF) : alphabet[random.Next(alphabet.Length)]);
            }
            var request = new SearchRequest { Query = query.ToString(), Facets = i % 2 == 0, Sort = (SearchSort)(i % 3) };

            var result = await model.Index.SearchAsync(request, Cancel);

            Assert.True(result.Total >= 0, query.ToString());
        }
    }
}
