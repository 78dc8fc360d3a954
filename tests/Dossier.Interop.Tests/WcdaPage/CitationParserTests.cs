using Dossier.Core.Records;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Interop.Tests.WcdaPage;

public sealed class CitationParserTests
{
    [Fact]
    public void Should_read_fond_opis_delo_sheets_and_credits()
    {
        var citation = CitationParser.Parse("\"A Memo\", June 3, 1956, Wilson Center Digital Archive, RGASPI, f. 17, op. 128, d. 1090, ll. 33-35. Translated by Ann Example and Bob Example.");

        Assert.Equal("Wilson Center Digital Archive", citation.Archive);
        Assert.Equal(("RGASPI", "17", "128", "1090", "33-35"), (citation.Reference.Repository, citation.Reference.Fond, citation.Reference.Opis, citation.Reference.Delo, citation.Reference.Sheets));
        Assert.Equal([("Ann Example", ContributorRole.Translator), ("Bob Example", ContributorRole.Translator)], citation.Contributors.Select(c => (c.Name, c.Role)));
    }

    [Fact]
    public void Should_keep_a_reference_without_fond_as_printed()
    {
        var citation = CitationParser.Parse("\"Cable\", 1961, Wilson Center Digital Archive, National Archives, RG 59, Central Decimal File. Obtained by Carol Example.");

        Assert.Null(citation.Reference.Fond);
        Assert.Equal("National Archives, RG 59, Central Decimal File", citation.Reference.Text);
        Assert.Equal(("Carol Example", ContributorRole.Contributor), (citation.Contributors[0].Name, citation.Contributors[0].Role));
    }

    [Fact]
    public void Should_give_an_empty_result_for_no_citation()
    {
        var citation = CitationParser.Parse(null);

        Assert.Null(citation.Archive);
        Assert.Empty(citation.Contributors);
    }

    [Theory]
    [InlineData("Translated by J. Example and Svetlana Example.", "J. Example|Svetlana Example")]
    [InlineData("Obtained for CWIHP by Mark Example. Translated from the Russian by Ann Example, Bob Example, and Cy Example.", "Mark Example|Ann Example|Bob Example|Cy Example")]
    [InlineData("Contributed by Roy Example and translated by Gail Example", "Roy Example|Gail Example")]
    public void Should_read_the_credits_in_the_forms_citations_use(string credits, string names)
    {
        var citation = CitationParser.Parse("\"X\", 1950, Wilson Center Digital Archive, GARF, f. 1, op. 2, d. 3. " + credits);

        Assert.Equal(names.Split('|'), citation.Contributors.Select(c => c.Name));
        Assert.Equal("3", citation.Reference.Delo);
    }
}
