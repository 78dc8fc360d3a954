using Dossier.Core.Languages;

namespace Dossier.Core.Tests.Languages;

public sealed class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12 345 — 1955")]
    [InlineData("ab")]
    public void Should_say_und_when_there_is_too_little_to_judge(string text)
    {
        var guess = Identifier.Identify(text);

        Assert.True(guess.IsUndetermined);
        Assert.Equal(0, guess.Confidence);
    }

    [Theory]
    [InlineData("Die Arbeiter der Fabrik haben den Brief an das Zentralkomitee geschrieben, weil sie keine Wohnung haben.", "de")]
    [InlineData("Fabrikadakı fəhlələr mənzil olmadığı üçün Mərkəzi Komitəyə məktub yazıblar.", "az-Latn")]
    [InlineData("Fabrikadaki işçiler konutları olmadığı için Merkez Komitesine bir mektup yazdılar.", "tr")]
    [InlineData("Рабочие фабрики написали письмо в Центральный Комитет, потому что у них нет жилья.", "ru")]
    [InlineData("Фабрикдәки ишчиләр мәнзил олмадығы үчүн Мәркәзи Комитәјә мәктуб јазыблар.", "az-Cyrl")]
    [InlineData("Фабрикдэки ишчилэр мэнзил олмадыгы учун Мэркэзи Комитэйэ мэктуб языблар вэ бу мэсэлэ илэ бир даха мурачиэт этдилэр.", "az-Cyrl")]
    [InlineData("Робітники фабрики написали листа до Центрального Комітету, бо в них немає житла.", "uk")]
    [InlineData("Kaarxona ishchilari uy-joy yo‘qligi sababli Markaziy Qo‘mitaga xat yozishdi va bu masala bilan yana murojaat qilishdi.", "uz-Latn")]
    [InlineData("کارگران کارخانه به کمیته مرکزی نامه نوشتند زیرا خانه ندارند.", "fa")]
    public void Should_identify_sentences_written_for_the_test(string text, string tag)
    {
        Assert.Equal(tag, Identifier.Identify(text).Tag);
    }

    [Fact]
    public void Should_give_the_same_answers_from_many_threads()
    {
        var texts = UdhrCorpus.Languages.Values.SelectMany(v => v.Texts.Take(4)).ToList();
        var expected = texts.Select(t => Identifier.Identify(t)).ToList();
        var fresh = new LanguageIdentifier();
        var actual = new LanguageGuess[texts.Count];

        Parallel.For(0, texts.Count, i => actual[i] = fresh.Identify(texts[i]));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Should_split_a_bilingual_text_into_segments()
    {
        const string text = "Уважаемые товарищи, сообщаем вам, что строительство школы в нашем селе до сих пор не закончено.\n\n"
            + "Dear comrades, we inform you that the construction of the school in our village has still not been finished.";

        var segments = Identifier.FindSegments(text);

        Assert.Equal(["ru", "en"], segments.Select(s => s.Guess.Tag));
        Assert.StartsWith("Dear", text[segments[1].Start..segments[1].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russian", "ru")]
    [InlineData("russian", "ru")]
    [InlineData(" Azerbaijani ", "az")]
    [InlineData("Persian", "fa")]
    [InlineData("Klingon", null)]
    public void Should_map_language_names_to_tags(string name, string? tag)
    {
        Assert.Equal(tag, LanguageNames.ToTag(name));
    }

    [Fact]
    public void Should_answer_for_arbitrary_unicode_without_throwing()
    {
        var random = new Random(2026);
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0x09, 0xD7FF);
            }
            var text = new string(chars);

            var guess = Identifier.Identify(text);
            var segments = Identifier.FindSegments(text);

            Assert.InRange(guess.Confidence, 0, 1);
            Assert.All(segments, s => Assert.InRange(s.End, 0, text.Length));
        }
    }
}
