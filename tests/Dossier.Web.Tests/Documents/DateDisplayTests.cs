using Dossier.Core.Records;
using Dossier.Web.Documents;

namespace Dossier.Web.Tests.Documents;

public sealed class DateDisplayTests
{
    [Theory]
    [InlineData("1955-08-02", "2 August 1955")]
    [InlineData("August 1955", "August 1955")]
    [InlineData("1955", "1955")]
    [InlineData("1954-1957", "1954–1957")]
    [InlineData("ca. 1946", "ca. 1946")]
    public void Should_write_dates_as_readers_do(string source, string expected)
    {
        Assert.Equal(expected, DateDisplay.Of(HistoricalDateParser.Parse(source)));
    }

    [Theory]
    [InlineData("ru", "ltr")]
    [InlineData("az-Cyrl", "ltr")]
    [InlineData("fa", "rtl")]
    [InlineData("az-Arab", "rtl")]
    [InlineData("und", "ltr")]
    public void Should_give_the_writing_direction_of_a_language_tag(string tag, string expected)
    {
        Assert.Equal(expected, LanguageNames.Direction(tag));
    }
}
