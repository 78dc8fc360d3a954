using CsCheck;
using Dossier.Search.Analysis;

namespace Dossier.Search.Tests.Analysis;

/// <summary>Russian practical transcription read backwards: a foreign name written in Russian gives its Latin spellings back.</summary>
public sealed class BackTranscriptionTests
{
    [Theory]
    [InlineData("Эйзенхауэр", "eisenhower")]
    [InlineData("Тегеран", "teheran")]
    [InlineData("Женева", "geneva")]
    [InlineData("Уилсон", "wilson")]
    [InlineData("Уотсон", "watson")]
    [InlineData("Даллес", "dulles")]
    [InlineData("Пекин", "peking")]
    [InlineData("Токио", "tokyo")]
    [InlineData("Ханой", "hanoi")]
    [InlineData("Насер", "nasser")]
    [InlineData("Хэмфри", "humphrey")]
    [InlineData("Браун", "brown")]
    [InlineData("Никсон", "nixon")]
    [InlineData("Смит", "smith")]
    [InlineData("Артур", "arthur")]
    [InlineData("Джонсон", "johnson")]
    [InlineData("Неру", "nehru")]
    [InlineData("Ханна", "hannah")]
    [InlineData("Лодж", "lodge")]
    [InlineData("Брюс", "bruce")]
    [InlineData("Кларенс", "clarence")]
    [InlineData("Нитце", "nitze")]
    [InlineData("Грин", "green")]
    [InlineData("Болл", "ball")]
    [InlineData("Хейг", "haig")]
    [InlineData("Лэрд", "laird")]
    [InlineData("Уайт", "white")]
    [InlineData("Маккоун", "mccone")]
    public void Should_give_the_latin_spelling_a_russian_transcription_stands_for(string russian, string latin)
    {
        Assert.Contains(latin, Forms(russian));
    }

    [Theory]
    [InlineData("Эйзенхауэра", "eisenhower")]
    [InlineData("Даллесу", "dulles")]
    [InlineData("Тегерана", "teheran")]
    [InlineData("Женеве", "geneva")]
    [InlineData("Гаваной", "havana")]
    public void Should_give_the_name_under_a_russian_case_ending(string russian, string latin)
    {
        Assert.Contains(latin, Forms(russian));
    }

    [Fact]
    public void Should_not_take_a_silent_e_for_the_word_as_typed()
    {
        var forms = BackTranscription.Of("Райс");

        Assert.Contains(("rice", false), forms);
        Assert.Contains(("rise", false), forms);
        Assert.Contains(("rais", true), forms);
    }

    [Fact]
    public void Should_not_take_a_spelling_english_names_alone_use_for_the_word_as_typed()
    {
        // и as ee or ea, о before л as a, мак as mc: a name's spellings (Грин, Green), and ordinary words' too (лист as "least").
        Assert.Contains(("green", false), BackTranscription.Of("Грин"));
        Assert.Contains(("least", false), BackTranscription.Of("лист"));
        Assert.DoesNotContain(("least", true), BackTranscription.Of("лист"));
        Assert.Contains(("ball", false), BackTranscription.Of("Болл"));
        Assert.Contains(("mcnamara", false), BackTranscription.Of("Макнамара"));
        Assert.Contains(("maknamara", true), BackTranscription.Of("Макнамара"));
        Assert.Contains(("nitze", true), BackTranscription.Of("Нитце"));
    }

    [Theory]
    [InlineData("эйзенхауэру", "eisenhower", true)]
    [InlineData("женеве", "geneva", true)]
    [InlineData("гарриман", "harriman", true)]
    [InlineData("гарриман", "garriman", true)]
    [InlineData("гарнизоне", "garrison", false)]
    [InlineData("германия", "herman", false)]
    [InlineData("geneva", "geneva", false)]
    public void Should_tell_whether_a_cyrillic_word_transcribes_a_latin_one(string cyrillic, string latin, bool transcribes)
    {
        Assert.Equal(transcribes, BackTranscription.Transcribes(cyrillic, latin));
    }

    [Fact]
    public void Should_agree_with_the_forms_it_gives()
    {
        Gen.Select(Gen.String[Gen.Char["абвгдежзийклмнопрстуфхцчшщьыэюя"], 4, 9], Gen.Int[0, 1000]).Sample((word, pick) =>
        {
            var forms = Forms(word);
            Assert.True(BackTranscription.Transcribes(word, forms[pick % forms.Count]), $"{word}: {forms[pick % forms.Count]}");
        });
    }

    [Fact]
    public void Should_know_which_cyrillic_letters_a_transcription_of_a_latin_word_may_start_with()
    {
        Assert.Contains('г', BackTranscription.StartsFor('h'));
        Assert.Contains('х', BackTranscription.StartsFor('h'));
        Assert.Contains('у', BackTranscription.StartsFor('w'));
        Assert.Contains('д', BackTranscription.StartsFor('j'));
        Assert.Contains('э', BackTranscription.StartsFor('e'));
        Assert.DoesNotContain('г', BackTranscription.StartsFor('e'));
    }

    [Theory]
    [InlineData("Geneva")]
    [InlineData("Рим")]
    [InlineData("Təbriz")]
    [InlineData("Жене-ва")]
    public void Should_give_nothing_for_a_latin_a_short_or_a_mixed_word(string typed)
    {
        Assert.Empty(Forms(typed));
    }

    [Fact]
    public void Should_keep_the_plain_romanization_among_the_forms()
    {
        Assert.Contains(("tegeran", true), BackTranscription.Of("Тегеран"));
    }

    [Fact]
    public void Should_bound_the_forms_of_any_cyrillic_word_and_give_only_lower_case_latin_letters()
    {
        Gen.String[Gen.Char["абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"], 0, 60].Sample(word =>
        {
            var forms = Forms(word);
            Assert.True(forms.Count <= BackTranscription.MaxForms, $"{word}: {forms.Count} forms");
            Assert.All(forms, form => Assert.True(form.All(c => c is >= 'a' and <= 'z'), $"{word}: {form}"));
        });
    }

    [Fact]
    public void Should_say_which_forms_read_the_word_as_typed_and_which_its_nominative()
    {
        var forms = BackTranscription.Of("Слова");

        Assert.Contains(("slova", true), forms);
        Assert.Contains(("slow", false), forms);
    }

    private static List<string> Forms(string typed) => [.. BackTranscription.Of(typed).Select(f => f.Form)];
}
