using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// A record is found by what describes it as well as by its text: its summary, its citation (a FRUS source note names
/// the file and who drafted the document), place of writing, and the names of its people, places and organisations,
/// and its subjects (Dossier.Core.Search.SearchableText, the one rule of what search reads).
/// </summary>
public sealed class DescriptionSearchTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("summary")]
    [InlineData("citation")]
    [InlineData("place of writing")]
    [InlineData("person")]
    [InlineData("place")]
    [InlineData("organisation")]
    [InlineData("subject")]
    public async Task Should_find_a_record_by_a_word_only_its_description_holds(string part)
    {
        using var archive = new IndexedArchive();
        var described = SyntheticRecords.Make("described", "An invented letter about the harvest.");
        const string Word = "Zorinsky";
        switch (part)
        {
            case "summary":
                described.Summary = $"A letter that {Word} wrote.";
                break;
            case "citation":
                described.Citation = $"Source: Eisenhower Library, Whitman File. Secret. Drafted by {Word} on January 28.";
                break;
            case "place of writing":
                described.PlaceOfWriting = Word;
                break;
            case "person":
                described.People.Add(new EntityLink { Name = Word + ", Ivan" });
                break;
            case "place":
                described.Places.Add(new EntityLink { Name = Word });
                break;
            case "organisation":
                described.Organisations.Add(new EntityLink { Name = Word + " Trade Union" });
                break;
            default:
                described.Subjects.Add(Word + " affair");
                break;
        }
        await archive.AddAsync(described, SyntheticRecords.Make("plain", "An invented letter about the harvest."));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = Word }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Equal("described", hit.SourceId);
        Assert.Contains("matched in the record's description (title, summary, citation, names), not in its text or footnotes", hit.Why);
        Assert.Empty(hit.Snippets);
    }
}
