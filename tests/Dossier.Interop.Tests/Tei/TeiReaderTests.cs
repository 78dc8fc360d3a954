using System.Xml;
using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Tei;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Tei;

public sealed class TeiReaderTests
{
    private const string Kennedy = "corpora/frus/tei-mini/frus1961-63v06.xml";
    private const string SovietUnion = "corpora/frus/tei-mini/frus1955-57v24.xml";

    [Theory]
    [InlineData(Kennedy)]
    [InlineData(SovietUnion)]
    public async Task Should_read_one_record_per_document_div(string file)
    {
        var path = Shared.PathTo(file);
        var sink = await ReadAsync(path);

        Assert.Equal(CountDocumentDivs(path), sink.Records.Count);
        Assert.Equal(sink.Records.Count, sink.Records.Select(r => r.Id).Distinct().Count());
        Assert.All(sink.Records, r => Assert.StartsWith(Path.GetFileNameWithoutExtension(path) + "/d", r.Source.RecordId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_read_the_first_kennedy_khrushchev_message()
    {
        var sink = await ReadAsync(Shared.PathTo(Kennedy));
        var record = sink.Records.Single(r => r.Source.RecordId == "frus1961-63v06/d1");

        Assert.Equal("Office of the Historian, U.S. Department of State", record.Source.Archive);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1961-63v06/d1", record.Source.Url);
        Assert.Equal(RecordId.For(record.Source), record.Id);
        Assert.Equal("Message From Chairman Khrushchev to President-elect Kennedy", record.Title);
        Assert.Equal("1960-11-09", record.Date!.Value);
        Assert.Equal(DatePrecision.Day, record.Date.Precision);
        Assert.Equal("Moscow", record.PlaceOfWriting);

        var layer = Assert.Single(record.Layers);
        Assert.Equal(LayerKind.Translation, layer.Kind);
        Assert.Equal("en", layer.Lang);
        Assert.Equal(["ru"], record.OriginalLanguages);
        // The running text is the dateline, then the paragraphs as the file has them (read here independently).
        var paragraphs = Paragraphs(Shared.PathTo(Kennedy), "d1");
        Assert.StartsWith("Moscow, November 9, 1960.\n\n" + paragraphs[0], layer.Text, StringComparison.Ordinal);
        Assert.EndsWith(paragraphs[^1], layer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("unsigned copy", layer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", layer.Text, StringComparison.Ordinal);

        var page = Assert.Single(layer.Pages);
        Assert.Equal((0, "1"), (page.Start, page.Number));
        var note = Assert.Single(layer.Notes);
        Assert.Equal("1", note.Label);
        Assert.Equal("Printed from an unsigned copy.", note.Text);
        Assert.Equal(layer.Text.Length, note.Anchor);

        Assert.StartsWith("American Foreign Policy: Current Documents, 1960, p. 476", record.ArchivalReference!.Text, StringComparison.Ordinal);
        Assert.Contains("No classification marking", record.Citation, StringComparison.Ordinal);

        var khrushchev = sink.Authorities.Single(a => a.SourceKeys.Contains("frus1961-63v06#p_KNS2"));
        var kennedy = sink.Authorities.Single(a => a.SourceKeys.Contains("frus1961-63v06#p_KJF2"));
        Assert.Contains(record.Contributors, c => c.Role == ContributorRole.Author && c.Name == "Khrushchev" && c.AuthorityId == khrushchev.Id);
        Assert.Contains(record.Contributors, c => c.Role == ContributorRole.Recipient && c.Name == "Kennedy" && c.AuthorityId == kennedy.Id);
        Assert.Contains(record.People, p => p.Name == "Khrushchev" && p.AuthorityId == khrushchev.Id && p.SourceKey == "p_KNS2");
        Assert.Contains(record.People, p => p.Name == "KENNEDY" && p.AuthorityId is null);

        var membership = Assert.Single(record.Collections);
        Assert.Equal(("frus1961-63v06", "1"), (membership.CollectionId, membership.Number));
        Assert.Equal("Foreign Relations of the United States, 1961–1963, Volume VI, Kennedy-Khrushchev Exchanges", membership.Title);
    }

    [Fact]
    public async Task Should_build_khrushchevs_authority_from_the_names_list_with_every_spelling()
    {
        var sink = await ReadAsync(Shared.PathTo(Kennedy));
        var khrushchev = sink.Authorities.Single(a => a.SourceKeys.Contains("frus1961-63v06#p_KNS2"));

        Assert.Equal(AuthorityKind.Person, khrushchev.Kind);
        Assert.Equal("Khrushchev, Nikita S.", khrushchev.PreferredName);
        Assert.Equal("Chairman of the Council of Ministers of the Soviet Union", khrushchev.Description);
        Assert.Equal(AuthorityId.For(AuthorityKind.Person, "Khrushchev, Nikita S."), khrushchev.Id);
        var variants = khrushchev.Variants.Select(v => v.Name).ToList();
        Assert.Contains("Khrushchev", variants);
        Assert.Contains("N. Khrushchev", variants);
        Assert.Contains("N.S. Khrushchev", variants);
        Assert.Equal(variants.Count, variants.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Should_emit_the_collection_and_authorities_before_any_record_links_them()
    {
        var sink = await ReadAsync(Shared.PathTo(Kennedy));

        Assert.Equal("collection", sink.Order[0]);
        var collection = Assert.Single(sink.Collections);
        Assert.Equal("frus1961-63v06", collection.Id);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var authorities = sink.Authorities.GetEnumerator();
        var records = sink.Records.GetEnumerator();
        foreach (var step in sink.Order.Skip(1))
        {
            if (step == "authority" && authorities.MoveNext())
            {
                seen.Add(authorities.Current.Id);
            }
            else if (step == "record" && records.MoveNext())
            {
                var linked = records.Current.People.Concat(records.Current.Places).Select(l => l.AuthorityId).OfType<string>();
                Assert.All(linked, id => Assert.Contains(id, seen));
            }
        }
    }

    [Fact]
    public async Task Should_link_places_to_one_place_authority_per_name()
    {
        var sink = await ReadAsync(Shared.PathTo(SovietUnion));
        var moscow = sink.Authorities.Where(a => a.Kind == AuthorityKind.Place && a.PreferredName == "Moscow").ToList();

        var authority = Assert.Single(moscow);
        Assert.Equal(AuthorityId.For(AuthorityKind.Place, "Moscow"), authority.Id);
        var linking = sink.Records.Where(r => r.Places.Any(p => p.AuthorityId == authority.Id)).ToList();
        Assert.True(linking.Count > 10, $"only {linking.Count} records link Moscow");
        Assert.Contains(sink.Records, r => r.PlaceOfWriting == "Moscow");
    }

    [Fact]
    public async Task Should_read_pages_footnotes_and_the_source_note_of_a_long_document()
    {
        var sink = await ReadAsync(Shared.PathTo(SovietUnion));
        var record = sink.Records.Single(r => r.Source.RecordId == "frus1955-57v24/d2");
        var layer = record.Layers[0];

        Assert.Equal(LayerKind.Transcription, layer.Kind);
        Assert.Equal(["2", "3", "4", "5", "6", "7", "8", "9", "10", "11"], layer.Pages.Select(p => p.Number));
        Assert.Equal(0, layer.Pages[0].Start);
        Assert.All(layer.Pages.Zip(layer.Pages.Skip(1)), pair => Assert.True(pair.First.Start < pair.Second.Start));
        Assert.StartsWith("many of the key paragraphs", layer.Text[layer.Pages[2].Start..], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(2, 9).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), layer.Notes.Select(n => n.Label));
        Assert.StartsWith("A.A. Andreyev had been deposed", layer.Notes.Single(n => n.Label == "5").Text, StringComparison.Ordinal);
        Assert.EndsWith("restoration to grace of Andreyev,", layer.Text[..layer.Notes.Single(n => n.Label == "5").Anchor], StringComparison.Ordinal);
        Assert.Equal("Eisenhower Library", record.ArchivalReference!.Repository);
        Assert.Equal("Eisenhower Papers, Whitman File", record.ArchivalReference.Series);
        Assert.Equal("Memorandum of Discussion at the 234th Meeting of the National Security Council, Washington, January 27, 1955", record.Title);
        Assert.Contains(record.People, p => p.Name == "Khrushchev" && p.SourceKey == "p_KNS1");
    }

    [Fact]
    public async Task Should_file_a_central_files_document_under_its_decimal_or_subject_file()
    {
        var sink = await ReadAsync(Shared.PathTo(SovietUnion));
        var central = sink.Records.Where(r => r.ArchivalReference?.Series?.StartsWith("Central Files, ", StringComparison.Ordinal) == true).ToList();

        Assert.True(central.Count > 10, $"only {central.Count} documents from the Central Files");
        Assert.All(central, record =>
        {
            var reference = record.ArchivalReference!;
            Assert.Equal("Department of State", reference.Repository);
            Assert.Equal(["series", "file"], reference.Levels.Select(l => l.Name));
            Assert.Equal("Central Files", reference.Levels[0].Value);
            Assert.Equal(reference.Series!["Central Files, ".Length..].Trim(), reference.Levels[1].Value);
            Assert.Equal("File " + reference.Levels[1].Value, ArchivalPlace.LevelName(reference.Levels[1]));
        });
        // The series as printed stays whole, and other series keep their names: "Presidential Correspondence", then its lot file.
        var kennedy = await ReadAsync(Shared.PathTo(Kennedy));
        Assert.Contains(sink.Records.Concat(kennedy.Records), r => r.ArchivalReference?.Levels is [{ Value: "Presidential Correspondence" }, { Name: "lot file" }]);
    }

    [Theory]
    [InlineData("Source: Department of State, Central Files, POL 27 VIET S. Top Secret; Priority; Nodis.", "Central Files, POL 27 VIET S")]
    [InlineData("Source: Department of State, Ball Files: Lot 72 D 272, Vietnam (Misc.) I. Top Secret.", "Ball Files: Lot 72 D 272, Vietnam (Misc.) I")]
    [InlineData("Source: Department of State, Central Files, 123-Midthun, Kermit S. Confidential.", "Central Files, 123-Midthun, Kermit S")]
    [InlineData("Source: Department of State, Central Files, 611.61/6–1656. Secret. Drafted by Bohlen.", "Central Files, 611.61/6–1656")]
    [InlineData("Source: Kennedy Library, Papers of John F. Kennedy, President’s Office Files. Secret.", "Papers of John F. Kennedy, President’s Office Files")]
    [InlineData("Source: Department of State, Presidential Correspondence: Lot 66 D 204. No classification marking.", "Presidential Correspondence: Lot 66 D 204")]
    [InlineData("Source: Department of State, Central Files, 684A.86/8–2455, Top Secret; Niact; Alpha.", "Central Files, 684A.86/8–2455")]
    [InlineData("Source: Eisenhower Library, Whitman File, Eisenhower Diaries, Top Secret. Drafted by Goodpaster.", "Whitman File, Eisenhower Diaries")]
    [InlineData("Source: Eisenhower Library, White House Central Files, Confidential File. Secret.", "White House Central Files, Confidential File")]
    public void Should_end_the_series_of_a_source_note_before_its_classification(string note, string series)
    {
        Assert.Equal(series, TeiSourceNote.Parse(note).Series);
    }

    [Fact]
    public async Task Should_give_a_person_one_authority_when_two_volumes_print_the_same_heading()
    {
        var first = await ReadAsync(Shared.PathTo(Kennedy));
        var second = await ReadAsync(Shared.PathTo(SovietUnion));
        var people = first.Authorities.Concat(second.Authorities).Where(a => a.Kind == AuthorityKind.Person).ToList();

        var shared = people.GroupBy(a => AuthorityId.NormalizeHeading(a.PreferredName)).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, g => Assert.Single(g.Select(a => a.Id).Distinct()));
        // Different headings of one person stay apart: merging them is proposed, not done.
        var khrushchev = people.Where(a => a.PreferredName.StartsWith("Khrushchev, Nikita", StringComparison.Ordinal)).Select(a => a.Id).Distinct();
        Assert.Equal(2, khrushchev.Count());
    }

    [Fact]
    public async Task Should_report_line_and_column_of_malformed_xml()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.xml");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <text><body>
                <div type="document" xml:id="d1" n="1"><head>1. An invented note</head><p>Fine.</p></div>
                <div type="document" xml:id="d2" n="2"><head>2. Another</head><p>Broken</div>
              </body></text>
            </TEI>
            """, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ImportException>(() => ReadAsync(path));

        Assert.Equal(5, error.Line);
        Assert.Equal(78, error.Column);
        Assert.StartsWith(path + ":5:78: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_report_bytes_read_up_to_the_file_length()
    {
        var path = Shared.PathTo(Kennedy);
        var reports = new List<long>();
        var source = new ImportSource(path, () => File.OpenRead(path)) { Progress = new SyncProgress(reports.Add) };

        await new TeiReader().ReadAsync(source, new CollectingSink(), TestContext.Current.CancellationToken);

        Assert.True(reports.Count > 1);
        Assert.Equal(new FileInfo(path).Length, reports[^1]);
        Assert.Equal(reports.Order(), reports);
    }

    [Fact]
    public void Should_recognise_tei_by_name_and_head()
    {
        var reader = new TeiReader();
        var head = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">");

        Assert.True(reader.CanRead("volume.xml", head));
        Assert.False(reader.CanRead("volume.csv", head));
        Assert.False(reader.CanRead("other.xml", "<rss version=\"2.0\">"u8));
    }

    private static async Task<CollectingSink> ReadAsync(string path)
    {
        var sink = new CollectingSink();
        await new TeiReader().ReadAsync(ImportSource.FromFile(path), sink, TestContext.Current.CancellationToken);
        return sink;
    }

    private static int CountDocumentDivs(string path)
    {
        using var xml = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var count = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "div" && xml.GetAttribute("type") == "document")
            {
                count++;
            }
        }
        return count;
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>The text of each top-level paragraph of a document division, whitespace folded, notes left out.</summary>
    private static List<string> Paragraphs(string file, string id)
    {
        var tei = System.Xml.Linq.XNamespace.Get("http://www.tei-c.org/ns/1.0");
        var document = System.Xml.Linq.XDocument.Load(file).Descendants(tei + "div")
            .First(d => (string?)d.Attribute(System.Xml.Linq.XNamespace.Xml + "id") == id);
        return document.Elements(tei + "p")
            .Select(p => string.Concat(p.DescendantNodes().OfType<System.Xml.Linq.XText>()
                    .Where(t => !t.Ancestors(tei + "note").Any())
                    .Select(t => t.Value))
                .Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Select(words => string.Join(' ', words))
            .ToList();
    }
}
