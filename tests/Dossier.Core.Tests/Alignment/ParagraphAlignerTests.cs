using Dossier.Core.Alignment;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Alignment;

public sealed class ParagraphAlignerTests
{
    private static string Beads(IReadOnlyList<AlignedSpan> spans) =>
        string.Join(" ", spans.Select(s =>
            string.Join(',', Enumerable.Range(s.SourceStart, s.SourceCount)) + "-" + string.Join(',', Enumerable.Range(s.TargetStart, s.TargetCount))));

    [Fact]
    public void Should_cut_paragraphs_at_blank_lines_and_trim_them()
    {
        var paragraphs = Paragraphs.Of("  First line\ncontinued.\n\n \n Second.\n\n\nThird ");

        Assert.Equal(["First line\ncontinued.", "Second.", "Third"], paragraphs.Select(p => "  First line\ncontinued.\n\n \n Second.\n\n\nThird "[p.Start..(p.Start + p.Length)]));
    }

    [Fact]
    public void Should_pair_paragraphs_one_to_one_when_lengths_agree()
    {
        string[] russian = ["Уважаемый товарищ, пишу Вам 1 декабря 1954 года.", "Ответа не было.", "С уважением, Азери"];
        string[] english = ["Dear comrade, I write to you on the 1st of December 1954.", "There was no reply.", "Respectfully, Azeri"];

        Assert.Equal("0-0 1-1 2-2", Beads(ParagraphAligner.Align(russian, english, "ru", "en")));
    }

    [Fact]
    public void Should_join_two_paragraphs_that_the_translation_gives_as_one()
    {
        var longRu = string.Concat(Enumerable.Repeat("Более ста членов партии получили выговор. ", 6));
        var longEn = string.Concat(Enumerable.Repeat("More than a hundred members were reprimanded. ", 6));
        string[] russian = [longRu, longRu + " В 1954 году начался кризис, который продолжается.", "В партии начался кризис, который продолжается до настоящего времени.", longRu];
        string[] english = [longEn, longEn + " In 1954 a crisis began, which continues. A crisis began in the Party, which continues to this day.", longEn];

        Assert.Equal("0-0 1,2-1 3-2", Beads(ParagraphAligner.Align(russian, english, "ru", "en")));
    }

    [Fact]
    public void Should_follow_shared_numbers_where_lengths_alone_cannot_decide()
    {
        // Two short paragraphs of like length: only the dates say which is which.
        string[] russian = ["Собрание 29 июня 1954 года.", "Письмо от 20 мая."];
        string[] english = ["The meeting of 29 June 1954.", "The letter of 20 May."];

        var spans = ParagraphAligner.Align(russian, english, "ru", "en");

        Assert.Equal("0-0 1-1", Beads(spans));
        Assert.Contains("#1954", AlignmentAnchors.Of(russian[0], "ru"));
        Assert.Contains("@6", AlignmentAnchors.Of(english[0], "en"));
    }

    [Fact]
    public void Should_join_the_paragraphs_whose_years_the_translation_joins()
    {
        // Three like-sized paragraphs become two of one and a half size each: lengths fit 1+2 as well as 2+1;
        // the years say the first two were joined.
        string[] russian = ["Первое письмо было в 1954 году.", "Второе письмо было в 1961 году.", "Третье письмо было в 1970 году."];
        string[] english = ["The first was in 1954 and the second in 1961.", "The third letter, at last, came in 1970 here."];

        Assert.Equal("0,1-0 2-1", Beads(ParagraphAligner.Align(russian, english, "ru", "en")));

        // The same lengths with the years the other way round: the other grouping.
        string[] other = ["The first letter, at last, came in 1954 here.", "The second was in 1961 and the third in 1970."];
        Assert.Equal("0-0 1,2-1", Beads(ParagraphAligner.Align(russian, other, "ru", "en")));
    }

    [Fact]
    public void Should_store_an_alignment_only_between_an_original_and_its_translation()
    {
        var record = new ArchiveRecord
        {
            Layers =
            [
                new TextLayer { Kind = LayerKind.Transcription, Lang = "ru", Text = "Первый абзац.\n\nВторой абзац." },
                new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "First paragraph.\n\nSecond paragraph." },
            ],
        };

        RecordAligner.Align(record);

        var alignment = Assert.Single(record.Alignments!);
        Assert.Equal((0, 1), (alignment.SourceLayer, alignment.TargetLayer));
        Assert.Equal(2, alignment.Spans.Count);
        Assert.InRange(alignment.Score, 0.01, 1);
        var json = RecordJson.Serialize(record);
        Assert.Contains("\"alignments\":[{\"source_layer\":0,\"target_layer\":1", json, StringComparison.Ordinal);

        record.Layers.RemoveAt(1);
        RecordAligner.Align(record);
        Assert.Null(record.Alignments);
        Assert.DoesNotContain("alignments", RecordJson.Serialize(record), StringComparison.Ordinal);
    }
}
