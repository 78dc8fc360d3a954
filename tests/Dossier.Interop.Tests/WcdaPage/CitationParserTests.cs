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
}
