using System.Text;
using CsCheck;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;
using Dossier.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Tests.Snippets;

/// <summary>
/// A long layer is stored in slices and a hit reads only those around its matches (LayerSlices, HitFields): the slices
/// join into the text again, never part a surrogate pair, and what a page shows of a long layer (snippets, why, the
/// matched spellings) is what its whole text gives.
/// </summary>
public sealed class LayerSliceTests
{
    private const string Astral = "\U0001D518";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly Gen<string> Piece = Gen.OneOf<string>(["trade ", "council ", "Zanzibar ", "\n", "N. K.\n", Astral, Astral + " ", "é", "  "]);

    /// <summary>Text of words, lines, short lines and characters outside the Basic Multilingual Plane, mostly of several slices.</summary>
    private static readonly Gen<string> LongText = Gen.Frequency((1, Piece.Array[0, 1_000]), (4, Piece.Array[1_000, 8_000])).Select(pieces => string.Concat(pieces));

    [Fact]
    public void Should_cut_a_long_text_into_slices_that_join_into_it_and_never_part_a_surrogate_pair()
    {
        LongText.Sample(text =>
        {
            var slices = LayerSlices.Of(text).ToList();

            Assert.Equal(text, string.Concat(slices.Select(s => s.Text)));
            Assert.Equal(0, slices[0].Start);
            for (var i = 1; i < slices.Count; i++)
            {
                Assert.Equal(slices[i - 1].Start + slices[i - 1].Text.Length, slices[i].Start);
                Assert.False(char.IsLowSurrogate(slices[i].Text[0]), $"slice {i} starts inside a pair");
            }
            Assert.All(slices, s => Assert.InRange(s.Text.Length, Math.Min(1, text.Length), LayerSlices.SliceChars + 1));
            Assert.Equal(text.Length <= LayerSlices.SliceChars, slices.Count == 1);
            Assert.All(slices, s => Assert.Equal((s.Start, s.Text.Length), LayerSlices.Unplace(LayerSlices.Place(s.Start, s.Text.Length))));
        }, iter: 300);
    }

    [Fact]
    public void Should_explain_a_layer_held_around_its_matches_as_its_whole_text_explains_it()
    {
        var words = new[] { new MatchWord("zanzibar", prefix: false, fuzzy: false), new MatchWord("council", prefix: false, fuzzy: false) };
        var kinds = new[] { MatchKind.Exact, MatchKind.Stem, MatchKind.Latin, MatchKind.OtherName, MatchKind.Key, MatchKind.Fuzzy };
        // The matches lie together (a page's window about them is narrow), often just before a slice's end, where a text
        // held too short would cut the passage.
        var near = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 300], Gen.Bool);
        var pick = Gen.Select(Gen.Int[0, 40], Gen.Int[1, 12], Gen.Int[0, 1], Gen.Int[0, kinds.Length - 1]);
        Gen.Select(LongText, near, pick.List[1, 4]).Sample((text, center, picks) =>
        {
            if (text.Length == 0)
            {
                return;
            }
            var (slice, before, atEdge) = center;
            var at = atEdge ? ((slice + 1) * LayerSlices.SliceChars) - before : (slice * LayerSlices.SliceChars) + (before * 13);
            // Matches at word starts, as the index places them (a match never starts inside a surrogate pair).
            var matches = picks.Select(p =>
            {
                var start = Math.Clamp(at + p.Item1, 0, text.Length - 1);
                start -= char.IsLowSurrogate(text[start]) ? 1 : 0;
                var end = Math.Min(text.Length, start + p.Item2);
                end += end < text.Length && char.IsLowSurrogate(text[end]) ? 1 : 0;
                return new LayerMatch(0, start, end, p.Item3, kinds[p.Item4]);
            }).ToList();
            var whole = new StoredLayer(0, text, "en", "transcription", false);

            var expected = HitExplainer.Explain([whole], matches, words, 3, [], []);
            var actual = HitExplainer.Explain([Around(text, matches)], matches, words, 3, [], []);

            Assert.Equal(expected.Why, actual.Why);
            Assert.Equal(expected.Matched, actual.Matched);
            Assert.Equal(expected.Snippets.Select(s => (s.Text, Marks(s))), actual.Snippets.Select(s => (s.Text, Marks(s))));
        }, iter: 1_000);
    }

    [Fact]
    public void Should_read_slices_held_unjoined_as_their_joined_text_reads()
    {
        // Slices of any length (empty ones too) from any offset: spans within and across slices, pieces, characters, lines
        // and whether a line is short.
        var slices = Gen.OneOf<string>(["ab", "\n", "c d\n", "", "e", " f g h ", Astral]).Array[0, 6].Select(p => string.Concat(p)).Array[1, 5];
        Gen.Select(slices, Gen.Int[0, 50], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample((held, offset, a, b) =>
        {
            var text = string.Concat(held);
            var layer = new StoredLayer(0, held, offset, "en", "transcription", false);
            var (start, end) = text.Length == 0 ? (0, 0) : (a % (text.Length + 1), b % (text.Length + 1));
            (start, end) = (Math.Min(start, end), Math.Max(start, end));

            Assert.Equal((offset, offset + text.Length), (layer.Offset, layer.End));
            Assert.Equal(text[start..end], layer.Span(offset + start, offset + end).ToString());
            var walked = new StringBuilder();
            for (var at = offset + start; at < offset + end;)
            {
                var piece = layer.Piece(at, offset + end);
                Assert.False(piece.IsEmpty, "a piece short of the end is never empty");
                walked.Append(piece);
                at += piece.Length;
            }
            Assert.Equal(text[start..end], walked.ToString());
            if (start < text.Length)
            {
                Assert.Equal(text[start], layer.At(offset + start));
            }
            Assert.Equal(start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1, layer.LineStart(offset + start) - offset);
            Assert.Equal(text.IndexOf('\n', start) is var found and >= 0 ? found : text.Length, layer.LineEnd(offset + start) - offset);
            var joined = new StoredLayer(0, text, "en", "transcription", false, offset: offset);
            Assert.Equal(Passages.IsShortLine(joined, offset + start), Passages.IsShortLine(layer, offset + start));
        }, iter: 2_000);
    }

    [Fact]
    public async Task Should_read_only_the_slices_around_the_matches_of_a_long_layer()
    {
        using var archive = new IndexedArchive();
        var text = Filler(40_000, ("Pemba", 100), ("Zanzibar", 30_000), (Astral, LayerSlices.SliceChars - 2));
        var record = SyntheticRecords.Make("long", text);
        await archive.AddAsync(record);
        using var directory = IndexDirectory.Open(archive.Index.IndexFolder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var doc = searcher.Search(new TermQuery(new Term(IndexFields.Id, record.Id)), 1).ScoreDocs.Single().Doc;

        var late = new HitFields(new Dictionary<int, (int, int)> { [0] = (29_000, 31_000) }, new HashSet<int>());
        searcher.Doc(doc, late);
        var early = new HitFields(new Dictionary<int, (int, int)> { [0] = (0, 1_200) }, new HashSet<int>());
        searcher.Doc(doc, early);
        var across = new HitFields(new Dictionary<int, (int, int)> { [0] = (32_000, 33_500) }, new HashSet<int>());
        searcher.Doc(doc, across);

        // 29,000 and 31,000 lie in the eighth slice (28,673 to 32,769): it alone is read, the others not decoded. Every
        // slice after the first starts one character on, since the first takes the whole pair.
        var offset = late.Offsets[0];
        Assert.Equal((7 * LayerSlices.SliceChars) + 1, offset);
        Assert.Equal(text.Substring(offset, LayerSlices.SliceChars), Assert.Single(late.Slices(0)));
        // A window across a slice's end reads both slices, held one after the other.
        Assert.Equal(offset, across.Offsets[0]);
        Assert.Equal(2, across.Slices(0).Count);
        Assert.Equal(text.Substring(offset, 2 * LayerSlices.SliceChars), string.Concat(across.Slices(0)));
        Assert.Equal("long", late.SourceId);
        // The first slice ends with the pair's first half, so it takes the second too.
        Assert.Equal(0, early.Offsets[0]);
        Assert.Equal(text[..(LayerSlices.SliceChars + 1)], string.Concat(early.Slices(0)));
    }

    [Fact]
    public async Task Should_show_a_match_deep_in_a_long_layer_with_its_snippet_and_spelling()
    {
        using var archive = new IndexedArchive();
        var text = Filler(60_000, ("Pemba", 100), ("Zanzibars", 45_000), (Astral, (3 * LayerSlices.SliceChars) - 2));
        await archive.AddAsync(SyntheticRecords.Make("long", text));

        var hit = Assert.Single((await archive.Index.SearchAsync(new SearchRequest { Query = "Zanzibar" }, Cancel)).Hits);

        var snippet = Assert.Single(hit.Snippets);
        var mark = Assert.Single(snippet.Highlights);
        Assert.Equal("Zanzibars", snippet.Text.Substring(mark.Start, mark.Length));
        Assert.Contains(snippet.Text, text, StringComparison.Ordinal);
        Assert.Equal(["Zanzibars"], hit.Matched);
        Assert.Contains("Zanzibars — form of Zanzibar", hit.Why);
    }

    [Fact]
    public async Task Should_place_each_layer_read_after_long_layers_left_unread()
    {
        // A long layer not read, a short one, then a long one read deep inside: each slice's place is its own layer's.
        using var archive = new IndexedArchive();
        var last = Filler(30_000, ("Pemba", 20_000));
        await archive.AddAsync(SyntheticRecords.Make("layers", Filler(20_000, ("Mombasa", 100)),
            more: [new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "a short note about Canopus and the harbour" },
                new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = last }]));

        foreach (var (query, layer, around) in new[] { ("Canopus", 1, "about Canopus and the harbour"), ("Pemba", 2, " Pemba The council") })
        {
            var hit = Assert.Single((await archive.Index.SearchAsync(new SearchRequest { Query = query, Snippets = 3 }, Cancel)).Hits);

            var snippet = Assert.Single(hit.Snippets);
            Assert.Equal(layer, snippet.LayerIndex);
            Assert.Contains(around, snippet.Text, StringComparison.Ordinal);
            Assert.Equal(query, snippet.Text.Substring(Assert.Single(snippet.Highlights).Start, query.Length));
            Assert.Equal([query], hit.Matched);
        }
    }

    /// <summary>As a hit holds a layer: the slices meeting its matches' stretch (HitFields, HitReader).</summary>
    private static StoredLayer Around(string text, List<LayerMatch> matches)
    {
        var from = Math.Max(0, matches.Min(m => m.Start) - LayerSlices.ReadAround);
        var to = matches.Max(m => m.End) + LayerSlices.ReadAround;
        var held = LayerSlices.Of(text).Where(s => s.Start < to && s.Start + s.Text.Length > from).ToList();
        return new StoredLayer(0, [.. held.Select(s => s.Text)], held[0].Start, "en", "transcription", false);
    }

    private static string Marks(Snippet snippet) => string.Join(' ', snippet.Highlights.Select(h => $"{h.Start}+{h.Length}"));

    /// <summary>Sentences of <paramref name="length"/> characters with each word put just after its place, a space before it.</summary>
    private static string Filler(int length, params (string Word, int At)[] words)
    {
        var text = new StringBuilder();
        foreach (var (word, at) in words.OrderBy(w => w.At))
        {
            while (text.Length < at)
            {
                text.Append(text.Length % 97 == 0 ? "The council met.\n" : "The council spoke of trade and of shipping. ");
            }
            text.Length = at;
            text.Append(' ').Append(word).Append(' ');
        }
        while (text.Length < length)
        {
            text.Append("The council spoke of trade and of shipping. ");
        }
        return text.ToString();
    }
}
