using System.Globalization;
using Dossier.Core.Alignment;
using Dossier.Core.Records;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Reading;

/// <summary>
/// The paragraph aligner against correspondences checked by hand (aligned-pairs.json): the model record as
/// imported (its alignment stored in the record) and five Soviet letters with their German translations, which
/// the aligner was not tuned on. Accuracy is the share of hand-checked links the aligner finds (recall) and of
/// its links that are right (precision).
/// </summary>
public sealed class AlignmentAccuracyTests(ReadingRoomFixture room, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_store_the_model_records_alignment_at_import_and_match_the_hand_checked_pairs()
    {
        var set = HandAlignedPairs.Load().Single(s => s.Record == "119698");
        var record = await room.Archive.Store.Records.FindAsync("119698", TestContext.Current.CancellationToken);
        Assert.NotNull(record);
        var source = record.Layers.FindIndex(l => l.Kind == LayerKind.Transcription && l.Lang == "ru");
        var target = record.Layers.FindIndex(l => l.Kind == LayerKind.Translation && l.Lang == "en");
        var alignment = record.Alignments?.SingleOrDefault(a => a.SourceLayer == source && a.TargetLayer == target);
        Assert.NotNull(alignment);
        Assert.InRange(alignment.Score, 0.01, 1);

        var (precision, recall, found) = Compare(set, alignment.Spans);
        output.WriteLine(Line(set.Name, set.Links().Count, precision, recall));
        Assert.True(recall >= 0.95 && precision >= 0.95, $"{set.Name}: precision {precision:P1}, recall {recall:P1}; aligner said {string.Join(" ", found)}");
    }

    [Fact]
    public void Should_align_held_out_letters_and_their_translations_as_checked_by_hand()
    {
        var sets = HandAlignedPairs.Load().Where(s => s.Source is not null && !s.TunedOn).ToList();
        Assert.NotEmpty(sets);
        int links = 0, right = 0, proposed = 0;
        var failures = new List<string>();
        foreach (var set in sets)
        {
            var source = Paragraphs.TextsOf(Read(set.Source!));
            var target = Paragraphs.TextsOf(Read(set.Target!));
            var spans = ParagraphAligner.Align(source, target, set.SourceLang, set.TargetLang);
            var (precision, recall, found) = Compare(set, spans);
            var expected = set.Links();
            var got = spans.SelectMany(Links).ToHashSet();
            links += expected.Count;
            proposed += got.Count;
            right += got.Count(expected.Contains);
            output.WriteLine(Line(set.Name, expected.Count, precision, recall));
            if (recall < 1 || precision < 1)
            {
                failures.Add(set.Name + ": " + string.Join(" ", found));
            }
        }
        var totalPrecision = (double)right / proposed;
        var totalRecall = (double)right / links;
        output.WriteLine(Line("held-out total", links, totalPrecision, totalRecall));
        Assert.True(totalRecall >= 0.9 && totalPrecision >= 0.9, string.Join("\n", failures));
    }

    private static (double Precision, double Recall, List<string> Found) Compare(HandAlignedPairs set, IReadOnlyList<AlignedSpan> spans)
    {
        var expected = set.Links();
        var got = spans.SelectMany(Links).ToHashSet();
        var right = got.Count(expected.Contains);
        var found = spans.Select(s => HandAlignedPairs.BeadOf(
            Enumerable.Range(s.SourceStart, s.SourceCount), Enumerable.Range(s.TargetStart, s.TargetCount))).ToList();
        return (got.Count == 0 ? 0 : (double)right / got.Count, (double)right / expected.Count, found);
    }

    private static IEnumerable<(int, int)> Links(AlignedSpan span) =>
        Enumerable.Range(span.SourceStart, span.SourceCount).SelectMany(s => Enumerable.Range(span.TargetStart, span.TargetCount).Select(t => (s, t)));

    private static string Read(string relative) => File.ReadAllText(Shared.PathTo(relative)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The figure, also kept in the artifacts folder (alignment-accuracy.txt) for the report.</summary>
    private static string Line(string name, int links, double precision, double recall)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}: {links} hand-checked links, precision {precision:P1}, recall {recall:P1}");
        File.AppendAllLines(Path.Combine(Browser.Chromium.ArtifactsFolder(), "alignment-accuracy.txt"), [line]);
        return line;
    }
}
