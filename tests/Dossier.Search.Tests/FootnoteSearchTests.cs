using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// A layer's footnotes are searched as its text is (a historian's index cites a page for what its notes say), in the
/// layer's language and across scripts, while snippets still come from the running text at the right place.
/// </summary>
public sealed class FootnoteSearchTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_a_record_by_a_word_only_its_footnote_holds_and_say_where_it_matched()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            WithNotes(SyntheticRecords.Make("noted", "On the Hungarian resolution the Arabs abstained."), "en", "Yemen, Libya and the Sudan had abstained on Resolution 1004."),
            SyntheticRecords.Make("plain", "On the Hungarian resolution nobody abstained."));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Sudan" }, Cancel);

        var hit = Assert.Single(result.Hits);
        Assert.Equal("noted", hit.SourceId);
        Assert.Contains("matched in the record's description (title, summary, names) or its footnotes, not in its running text", hit.Why);
        Assert.Empty(hit.Snippets);
    }

    [Fact]
    public async Task Should_find_a_russian_footnote_by_the_latin_spelling_of_its_name()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(WithNotes(SyntheticRecords.Make("ru-noted", "Письмо о положении в Иранском Азербайджане.", lang: "ru"), "ru", "Письмо подписал Пишевари."));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Pishevari" }, Cancel);

        Assert.Equal("ru-noted", Assert.Single(result.Hits).SourceId);
    }

    [Fact]
    public async Task Should_place_the_snippet_of_a_word_in_the_text_and_its_footnote_on_the_text()
    {
        using var archive = new IndexedArchive();
        const string Text = "The keeper of the northern lighthouse asks for lamp oil, as the lighthouse shines every night.";
        await archive.AddAsync(WithNotes(SyntheticRecords.Make("both", Text), "en", "A lighthouse of the northern coast; the oil was kerosene."));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "lighthouse", Snippets = 3 }, Cancel);

        var snippet = Assert.Single(Assert.Single(result.Hits).Snippets);
        Assert.Equal(2, snippet.Highlights.Count);
        Assert.All(snippet.Highlights, h => Assert.Equal("lighthouse", snippet.Text.Substring(h.Start, h.Length)));
    }

    private static ArchiveRecord WithNotes(ArchiveRecord record, string lang, params string[] notes)
    {
        var layer = record.Layers.Single(l => l.Lang == lang);
        layer.Notes = [.. notes.Select((text, i) => new LayerNote { Label = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Anchor = layer.Text.Length, Text = text })];
        return record;
    }
}
