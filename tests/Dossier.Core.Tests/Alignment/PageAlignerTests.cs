using Dossier.Core.Alignment;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Alignment;

public sealed class PageAlignerTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("Сообщаю Вам о положении дел в партии. ", 6));
    private static readonly string LongEnglish = string.Concat(Enumerable.Repeat("I report to you on the state of the party. ", 6));

    /// <summary>A layer whose paragraphs fall on the pages given (each inner array one page), pages numbered as given.</summary>
    private static TextLayer Layer(LayerKind kind, string lang, string[] numbers, params string[][] pages)
    {
        var layer = new TextLayer { Kind = kind, Lang = lang };
        var text = new System.Text.StringBuilder();
        for (var p = 0; p < pages.Length; p++)
        {
            layer.Pages.Add(new LayerPage { Start = text.Length, Number = numbers[p] });
            foreach (var paragraph in pages[p])
            {
                text.Append(paragraph).Append("\n\n");
            }
        }
        layer.Text = text.ToString();
        return layer;
    }

    private static string Beads(IReadOnlyList<AlignedSpan> spans) =>
        string.Join(" ", spans.Select(s =>
            string.Join(',', Enumerable.Range(s.SourceStart, s.SourceCount)) + "-" + string.Join(',', Enumerable.Range(s.TargetStart, s.TargetCount))));

    [Fact]
    public void Should_keep_every_bead_within_one_page_where_the_whole_text_would_cross_it()
    {
        // Page 1: the translator joined the short closing line to the paragraph before; page 2 opens with a short line and the long paragraph.
        var russian = Layer(LayerKind.Transcription, "ru", ["1", "2"], [Long, "Да."], ["Нет.", Long]);
        var english = Layer(LayerKind.Translation, "en", ["1", "2"], [LongEnglish], ["No.", LongEnglish]);
        var record = new ArchiveRecord { Id = "r", Layers = [russian, english] };

        RecordAligner.Align(record);

        var alignment = Assert.Single(record.Alignments!);
        Assert.Equal(PageAligner.MethodName, alignment.Method);
        Assert.Equal("0,1-0 2-1 3-2", Beads(alignment.Spans));
        var whole = ParagraphAligner.Align(Paragraphs.TextsOf(russian.Text), Paragraphs.TextsOf(english.Text), "ru", "en");
        Assert.NotEqual("0,1-0 2-1 3-2", Beads(whole));
    }

    [Fact]
    public void Should_align_the_whole_text_when_the_pages_do_not_correspond()
    {
        var russian = Layer(LayerKind.Transcription, "ru", ["1", "2"], [Long], ["Нет.", Long]);
        var english = Layer(LayerKind.Translation, "en", ["1", "3"], [LongEnglish], ["No.", LongEnglish]);
        var record = new ArchiveRecord { Id = "r", Layers = [russian, english] };

        RecordAligner.Align(record);

        Assert.Equal(ParagraphAligner.MethodName, Assert.Single(record.Alignments!).Method);
        Assert.Null(PageAligner.Align(russian, english));
    }
}
