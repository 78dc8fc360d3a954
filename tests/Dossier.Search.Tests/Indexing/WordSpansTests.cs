using CsCheck;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Interop.Importers.Tei;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Dossier.Testing;

namespace Dossier.Search.Tests.Indexing;

/// <summary>
/// The word fields keep positions only, and snippets find a word's span through the table built from the exact
/// analysis (WordSpans): every field's token must stand at the position of the word it came from, with that word's
/// offsets, or highlights fall on the wrong words.
/// </summary>
public sealed class WordSpansTests
{
    [Fact]
    public async Task Should_give_every_word_fields_token_its_own_offsets_in_the_model_record_and_tei_mini()
    {
        var records = new List<ArchiveRecord> { await ModelRecord.ImportAsync() };
        var sink = new ModelRecord.CollectingSink();
        foreach (var file in Directory.GetFiles(Shared.PathTo("corpora/frus/tei-mini"), "*.xml"))
        {
            await new TeiReader().ReadAsync(ImportSource.FromFile(file), sink, TestContext.Current.CancellationToken);
        }
        records.AddRange(sink.Records);

        var (tokens, compounds) = AssertAligned(records.SelectMany(r => r.Layers).Where(l => l.Provenance.Method != CaptureMethod.Ocr).Select(l => (l.Text ?? "", l.Lang)));

        Assert.True(tokens > 500_000, $"only {tokens} tokens checked");
        Assert.True(compounds > 100, $"only {compounds} compounds checked");
    }

    [Theory]
    [InlineData("en", "the anti-party group's so-called \"north-west\" line, Anglo-American-Turkish talks")]
    [InlineData("ru", "северо-западный район, т.е. Азербайджан-Иран, 18.09.1955 г. Пишевари’s")]
    [InlineData("az", "Мир Аға Азәри Пишәвәри - фәдаи, İstanbul'da - Şimali")]
    [InlineData("en", "soft\u00ADhyphen zero\u200Bwidth - lone -dash dash- co--op x-y-z-w 3-4")]
    [InlineData("en", "a long layer ends in short words: to be or not to be, as is")]
    [InlineData("ru", "Хаджи-заде-Салими и я")]
    [InlineData("ru", "долгое-долгое-слово-из-многих-частей-через-дефисы и конец")]
    public void Should_give_every_word_fields_token_its_own_offsets_in_hostile_text(string lang, string text)
    {
        var long255 = new string('a', 300) + "-" + new string('б', 300);

        var (tokens, _) = AssertAligned([(text, lang), (long255 + " " + text, lang)]);

        Assert.True(tokens > 10);
    }

    [Fact]
    public void Should_hold_a_word_in_one_byte()
    {
        var text = string.Join(' ', Enumerable.Repeat("the treaty was signed in Ankara", 200));
        var writer = new WordSpans.Writer();

        writer.EndLayer(IndexAnalysis.VisitTokens(SearchFields.Exact, text, "en", writer.Add));

        Assert.InRange(writer.ToBytesRef().Length, 1200, 1203);
    }

    [Fact]
    public void Should_read_every_position_of_every_layer_as_it_was_written()
    {
        // Per word: the positions it moves on (holes between), the gap before it, its length, and how far a hyphenated
        // whole stacked on it reaches past it (0 for none); layers of up to a few hundred words, some empty.
        var word = Gen.Select(Gen.Int[1, 3], Gen.Int[0, 70], Gen.Int[1, 90], Gen.Int[0, 4].SelectMany(c => c == 0 ? Gen.Int[1, 40] : Gen.Const(0)));
        var layer = Gen.Select(word.Array[0, 300], Gen.Int[0, 3]);
        layer.Array[1, 4].Sample(layers =>
        {
            var writer = new WordSpans.Writer();
            var expected = new List<Dictionary<int, (int Start, int End, int Whole)>>();
            var counts = new List<int>();
            foreach (var (words, final) in layers)
            {
                var spans = new Dictionary<int, (int Start, int End, int Whole)>();
                var (position, end) = (-1, 0);
                foreach (var (increment, gap, length, whole) in words)
                {
                    position += increment;
                    var start = end + gap;
                    end = start + length;
                    writer.Add(new IndexToken("w", increment, start, end));
                    if (whole > 0)
                    {
                        writer.Add(new IndexToken("w-whole", 0, start, end + whole, Compound: true));
                    }
                    spans[position] = (start, end, whole > 0 ? end + whole : end);
                }
                writer.EndLayer(final);
                expected.Add(spans);
                counts.Add(position + 1 + final);
            }

            var read = WordSpans.Decode(writer.ToBytesRef());

            for (var l = 0; l < expected.Count; l++)
            {
                Assert.Equal(counts[l], read.PositionsOf(l));
                for (var p = -1; p <= counts[l]; p++)
                {
                    var found = expected[l].TryGetValue(p, out var span);
                    Assert.Equal(found ? (span.Start, span.End) : null, read.Span(l, p, compound: false));
                    Assert.Equal(found ? (span.Start, span.Whole) : null, read.Span(l, p, compound: true));
                }
            }
            Assert.Equal(0, read.PositionsOf(expected.Count));
            Assert.Null(read.Span(expected.Count, 0, compound: false));
        }, iter: 300);
    }

    /// <summary>Checks every token of every word field; returns the tokens and compound terms checked.</summary>
    private static (int Tokens, int Compounds) AssertAligned(IEnumerable<(string Text, string Lang)> layers)
    {
        var tokens = 0;
        var compounds = 0;
        var wrong = new List<string>();
        foreach (var (raw, lang) in layers)
        {
            var text = SearchableText.Searchable(raw);
            var writer = new WordSpans.Writer();
            writer.EndLayer(IndexAnalysis.VisitTokens(SearchFields.Exact, text, lang, writer.Add));
            var spans = WordSpans.Decode(writer.ToBytesRef());
            foreach (var field in new[] { SearchFields.Exact, SearchFields.Latin, SearchFields.Key, IndexAnalysis.StemField(lang) })
            {
                var fieldTokens = new List<IndexToken>();
                var final = IndexAnalysis.AddTokens(fieldTokens, field, text, lang);
                var position = -1;
                foreach (var token in fieldTokens)
                {
                    position += token.PositionIncrement;
                    tokens++;
                    compounds += token.Compound ? 1 : 0;
                    if (spans.Span(0, position, token.Compound) != (token.Start, token.End) && wrong.Count < 20)
                    {
                        wrong.Add($"{field} '{token.Term}' at {position}: {spans.Span(0, position, token.Compound)} for ({token.Start}, {token.End}) '{text[token.Start..token.End]}'");
                    }
                }

                // The positions the field's instance takes are the layer's: the next layer starts at the same place in every field.
                Assert.True(position + 1 + final == spans.PositionsOf(0), $"{field} takes {position + 1 + final} positions, the words {spans.PositionsOf(0)}: {text[..Math.Min(80, text.Length)]}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        return (tokens, compounds);
    }
}
