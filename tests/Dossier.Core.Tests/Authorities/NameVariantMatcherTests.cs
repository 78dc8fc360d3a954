using Dossier.Core.Authorities;

namespace Dossier.Core.Tests.Authorities;

public sealed class NameVariantMatcherTests
{
    private readonly NameVariantMatcher _matcher = new();

    [Theory]
    [InlineData("Kuznetsov, Vasili V.", "Kuznetsov, Vasily V.")]
    [InlineData("Kuznetsov, Vassily V.", "Kuznetsov, Vasiliy V.")]
    [InlineData("Kuznetsov, Vasilii Vasilevich", "Kuznetzov, Vasili Vasilievich")]
    [InlineData("Khrushchev, Nikita S.", "Khrushchov, Nikita Sergeyevich")]
    [InlineData("Khrushchev, Nikita Sergeevich", "Chruschtschow, Nikita Sergeivich")]
    [InlineData("N.S. Khrushchev", "Nikita S. Khrushchev")]
    [InlineData("N. S. Khrushchev", "Khrushchev, Nikita Sergeyevich")]
    [InlineData("Khrushchev", "Khrushchev, Nikita S.")]
    [InlineData("Хрущёв, Никита Сергеевич", "Khrushchev, Nikita Sergeyevich")]
    [InlineData("Пишевери", "Pishevari")]
    [InlineData("Dobrynin, Anatoliy Fedorovich", "Dobrynin, Anatoly F.")]
    [InlineData("Podgorny, Nikolai V.", "Podgorny, Nikolay")]
    [InlineData("Anderson, Admiral George W.", "Anderson, George W., Jr.")]
    public void Should_take_spellings_of_one_person_as_a_probable_match(string first, string second)
    {
        var match = _matcher.Compare(first, second);

        Assert.True(match.IsProbableMatch, string.Join("; ", match.Evidence));
        Assert.InRange(match.Confidence, 0.5, 1);
        Assert.NotEmpty(match.Evidence);
    }

    [Theory]
    [InlineData("Biriya", "Beria")]
    [InlineData("Gromyko, Andrei A.", "Gromyko, Anatoly A.")]
    [InlineData("Andrei Gromyko", "Anatoly Gromyko")]
    [InlineData("Brezhnev, Leonid I.", "Brezhnev, Leonid T.")]
    [InlineData("Davis, Nathaniel, Jr.", "Davis, Nathaniel, Sr.")]
    [InlineData("Davies, Richard T.", "Davis, Richard H.")]
    [InlineData("Anderson, Dillon", "Anderson, Robert B.")]
    [InlineData("Zorin, Valentin A.", "Zorin, Valerian A.")]
    public void Should_keep_different_people_apart(string first, string second)
    {
        var match = _matcher.Compare(first, second);

        Assert.False(match.IsProbableMatch, $"{match.Confidence}: {string.Join("; ", match.Evidence)}");
    }

    [Fact]
    public void Should_say_why_forenames_differ()
    {
        var match = _matcher.Compare("Gromyko, Andrei", "Gromyko, Anatoly");

        Assert.Contains(match.Evidence, e => e.Contains("different forenames", StringComparison.Ordinal));
        Assert.Equal(0, match.Confidence);
    }

    [Fact]
    public void Should_be_surer_of_full_forenames_than_of_a_bare_surname()
    {
        var full = _matcher.Compare("Kuznetsov, Vasili V.", "Kuznetsov, Vasily V.");
        var bare = _matcher.Compare("Kuznetsov", "Kuznetsov, Vasily V.");

        Assert.True(full.Confidence > bare.Confidence);
    }

    [Theory]
    [InlineData("Khrushchev, Nikita S.", "Khrushchev", new[] { "Nikita", "S" }, null)]
    [InlineData("N.S. Khrushchev", "Khrushchev", new[] { "N", "S" }, null)]
    [InlineData("Marshal Rodion Ya. Malinovsky", "Malinovsky", new[] { "Rodion", "Y" }, null)]
    [InlineData("Anderson, Admiral George W., Jr.", "Anderson", new[] { "George", "W" }, "jr")]
    [InlineData("Zhukov, Georgi (Yuri) A.", "Zhukov", new[] { "Georgi", "A" }, null)]
    public void Should_parse_inverted_and_direct_names(string text, string surname, string[] forenames, string? suffix)
    {
        var name = PersonName.Parse(text);

        Assert.Equal(surname, name.Surname);
        Assert.Equal(forenames, name.Forenames);
        Assert.Equal(suffix, name.Suffix);
    }
}
