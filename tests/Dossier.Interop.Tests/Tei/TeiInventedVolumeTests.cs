using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Tei;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Tei;

/// <summary>Encodings the two mini volumes do not show, on an invented volume.</summary>
public sealed class TeiInventedVolumeTests : IDisposable
{
    private const string Volume = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title type="complete">An Invented Volume</title></titleStmt>
            <publicationStmt><idno type="frus">inv1999v01</idno></publicationStmt></fileDesc></teiHeader>
          <text>
            <front>
              <div type="section" xml:id="persons"><head>Persons</head>
                <list type="subject">
                  <item><hi rend="strong"><persName xml:id="p_OII1">Ostrov, Ivan I.</persName></hi>, Soviet Deputy Foreign Minister</item>
                </list>
              </div>
            </front>
            <body>
              <pb n="7"/>
              <div type="document" xml:id="d5" n="5">
                <head>5. Letter From Deputy Minister <persName corresp="#p_OII1" type="from">Ostrov</persName> to the <gloss type="to">Invented Committee</gloss><note n="1" type="source">Source: Kennedy Library, Invented Files, Box 3. Translation from Russian.</note></head>
                <p>The first invented paragraph<note n="2">An invented footnote.</note> ends here.</p>
                <p>A second one runs
        <pb n="8"/>onto the next page, signed <persName corresp="#p_OII1">I. Ostrov</persName> in <placeName>Vienna</placeName>.</p>
              </div>
              <div type="document" xml:id="d6" n="6" frus:doc-dateTime-min="1999-03-01T00:00:00Z" frus:doc-dateTime-max="1999-03-31T23:59:59Z">
                <head>6. Memorandum of an Invented Conversation, Vienna, March 1999</head>
                <p>Undated in the text.</p>
              </div>
              <div type="document" xml:id="d7" n="7">
                <head>7. Memorandum of Another Invented Conversation, Vienna, April 2, 1999, 3 p.m.</head>
                <p>Dated only in its heading.</p>
              </div>
            </body>
          </text>
        </TEI>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Should_read_an_invented_letter_in_translation_with_pages_notes_and_contributors()
    {
        var sink = await ReadAsync();
        var letter = sink.Records.Single(r => r.Source.RecordId == "inv1999v01/d5");
        var layer = letter.Layers[0];
        var ostrov = Assert.Single(sink.Authorities, a => a.Kind == AuthorityKind.Person);

        Assert.Equal("Letter From Deputy Minister Ostrov to the Invented Committee", letter.Title);
        Assert.Equal(("Ostrov, Ivan I.", "Soviet Deputy Foreign Minister"), (ostrov.PreferredName, ostrov.Description));
        Assert.Equal(["Ostrov", "I. Ostrov"], ostrov.Variants.Select(v => v.Name));
        Assert.Equal(["inv1999v01#p_OII1"], ostrov.SourceKeys);
        Assert.Equal("The first invented paragraph ends here.\n\nA second one runs onto the next page, signed I. Ostrov in Vienna.", layer.Text);
        Assert.Equal([(0, "7"), (layer.Text.IndexOf("onto", StringComparison.Ordinal), "8")], layer.Pages.Select(p => (p.Start, p.Number)));
        var note = Assert.Single(layer.Notes);
        Assert.Equal(("2", "An invented footnote.", "The first invented paragraph".Length), (note.Label, note.Text, note.Anchor));
        Assert.Equal((LayerKind.Translation, "en"), (layer.Kind, layer.Lang));
        Assert.Equal(["ru"], letter.OriginalLanguages);
        Assert.Equal(("Kennedy Library", "Invented Files, Box 3"), (letter.ArchivalReference!.Repository, letter.ArchivalReference.Series));
        Assert.Equal(
            [("Ostrov", ContributorRole.Author, ostrov.Id), ("Invented Committee", ContributorRole.Recipient, null)],
            letter.Contributors.Select(c => (c.Name, c.Role, c.AuthorityId)));
        Assert.Equal(["Vienna"], letter.Places.Select(p => p.Name));
        Assert.Null(letter.Date);
    }

    [Fact]
    public async Task Should_date_documents_by_the_frus_attributes_and_by_the_heading()
    {
        var sink = await ReadAsync();
        var ranged = sink.Records.Single(r => r.Source.RecordId == "inv1999v01/d6");
        var headed = sink.Records.Single(r => r.Source.RecordId == "inv1999v01/d7");

        Assert.Equal((DatePrecision.Range, "1999-03-01/1999-03-31"), (ranged.Date!.Precision, ranged.Date.Value));
        Assert.Equal((DatePrecision.Day, "1999-04-02"), (headed.Date!.Precision, headed.Date.Value));
        Assert.Equal("8", ranged.Layers[0].Pages.Single().Number);
        Assert.Equal(LayerKind.Transcription, headed.Layers[0].Kind);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<CollectingSink> ReadAsync()
    {
        var path = _folder.File("invented.xml");
        await File.WriteAllTextAsync(path, Volume, TestContext.Current.CancellationToken);
        var sink = new CollectingSink();
        await new TeiReader().ReadAsync(ImportSource.FromFile(path), sink, TestContext.Current.CancellationToken);
        return sink;
    }
}
