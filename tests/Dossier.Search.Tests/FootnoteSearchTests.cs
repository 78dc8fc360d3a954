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
        Assert.Contains("matched in a footnote, not in the running text", hit.Why);
        var snippet = Assert.Single(hit.Snippets);
        Assert.True(snippet.InNotes);
        Assert.Equal("en", snippet.Lang);
        Assert.Equal("Sudan", snippet.Text.Substring(Assert.Single(snippet.Highlights).Start, 5));
        Assert.Contains("the Sudan had abstained", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_mark_every_footnote_match_in_the_right_note_of_the_right_layer()
    {
        // Layers of two languages, the first an OCR layer (in the ocr field, not the word fields), notes on two layers and a
        // description between the text and the notes: a note's words must land in that note, whatever stands before them.
        using var archive = new IndexedArchive();
        var record = SyntheticRecords.Make("layered", "Письмо о положении беженцев.", lang: "ru");
        record.Summary = "A letter about the refugees of Tabriz and the kerosene shortage.";
        record.Layers.Insert(0, new TextLayer { Lang = "az-Cyrl", Kind = LayerKind.Original, Text = "Мəктуб гарышыг мəтн", Provenance = new LayerProvenance { Method = CaptureMethod.Ocr } });
        record.Layers.Add(new TextLayer { Lang = "en", Kind = LayerKind.Translation, Text = "A letter on the state of the refugees." });
        WithNotes(record, "ru", "Подлинник.", "Приложена справка о керосине.");
        WithNotes(record, "en", "Original.", "Attached is a note on kerosene for the lighthouse.");
        await archive.AddAsync(record);

        // Other forms, found by the stem fields alone, which hold the description and each language's notes apart.
        foreach (var (query, lang, word) in new[] { ("lighthouses", "en", "lighthouse"), ("керосин", "ru", "керосине"), ("справки", "ru", "справка") })
        {
            var result = await archive.Index.SearchAsync(new SearchRequest { Query = query, Snippets = 3 }, Cancel);

            var hit = Assert.Single(result.Hits);
            var snippet = Assert.Single(hit.Snippets, s => s.Lang == lang);
            Assert.True(snippet.InNotes, query);
            Assert.Equal(record.Layers.FindIndex(l => l.Lang == lang), snippet.LayerIndex);
            Assert.All(snippet.Highlights, h => Assert.Equal(word, snippet.Text.Substring(h.Start, h.Length)));
            Assert.NotEmpty(snippet.Highlights);
            Assert.Contains($"{word} — form of {query}", hit.Why);
        }

        // The summary's "kerosene" is found, as before, but has no text to show: the English note's is the snippet.
        var kerosene = Assert.Single((await archive.Index.SearchAsync(new SearchRequest { Query = "kerosene", Snippets = 3 }, Cancel)).Hits);
        var shown = Assert.Single(kerosene.Snippets, s => s.Lang == "en");
        Assert.Equal("kerosene", shown.Text.Substring(Assert.Single(shown.Highlights).Start, "kerosene".Length));
        Assert.Equal("en", shown.Lang);
    }

    [Fact]
    public async Task Should_say_a_hit_matched_in_its_description_when_only_that_holds_the_word()
    {
        using var archive = new IndexedArchive();
        var record = WithNotes(SyntheticRecords.Make("summarised", "On the Hungarian resolution the Arabs abstained."), "en", "See the next telegram.");
        record.Summary = "The Sudan abstains.";
        await archive.AddAsync(record);

        var hit = Assert.Single((await archive.Index.SearchAsync(new SearchRequest { Query = "Sudan" }, Cancel)).Hits);

        Assert.Contains("matched in the record's description (title, summary, citation, names), not in its text or footnotes", hit.Why);
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

    [Fact]
    public async Task Should_show_each_hits_title_date_shelf_and_snippet_whichever_stored_part_it_matched_in()
    {
        // A hit's stored fields are read up to the last part it shows (HitFields stops there): the title, date and shelf
        // before the layers must be read whether the match is in the first layer, a later one, or a later layer's notes.
        using var archive = new IndexedArchive();
        var record = SyntheticRecords.Make(
            "stacked",
            "The first layer speaks of a lantern.",
            year: 1955,
            collection: "fond-5",
            repository: "RGANI",
            more:
            [
                new TextLayer { Kind = LayerKind.Translation, Lang = "de", Text = "Die zweite Schicht spricht vom Leuchtturm." },
                new TextLayer { Kind = LayerKind.Translation, Lang = "fr", Text = "La troisième couche parle du phare." },
            ]);
        WithNotes(record, "en", "A first note on the harbour.");
        WithNotes(record, "fr", "Une note sur le gardien.");
        await archive.AddAsync(record);

        foreach (var (query, layer, inNotes) in new[] { ("lantern", 0, false), ("Leuchtturm", 1, false), ("phare", 2, false), ("harbour", 0, true), ("gardien", 2, true) })
        {
            var hit = Assert.Single((await archive.Index.SearchAsync(new SearchRequest { Query = query, Snippets = 3 }, Cancel)).Hits);

            Assert.Equal("Invented record stacked", hit.Title);
            Assert.Equal("stacked", hit.SourceId);
            Assert.Equal(1955, hit.Date?.Start.Year);
            Assert.Equal("Collection fond-5", hit.Collection?.Title);
            Assert.Equal("RGANI", hit.Reference?.Repository);
            var snippet = Assert.Single(hit.Snippets);
            Assert.Equal((layer, inNotes), (snippet.LayerIndex, snippet.InNotes));
            Assert.Contains(query, snippet.Text, StringComparison.Ordinal);
        }
    }

    private static ArchiveRecord WithNotes(ArchiveRecord record, string lang, params string[] notes)
    {
        var layer = record.Layers.Single(l => l.Lang == lang);
        layer.Notes = [.. notes.Select((text, i) => new LayerNote { Label = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Anchor = layer.Text.Length, Text = text })];
        return record;
    }
}
