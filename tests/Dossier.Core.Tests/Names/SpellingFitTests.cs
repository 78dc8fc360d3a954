using Dossier.Core.Names;

namespace Dossier.Core.Tests.Names;

public sealed class SpellingFitTests
{
    [Theory]
    [InlineData("Khrushchev, Nikita Sergeevich", "N.S. KHRUSHCHEV")]
    [InlineData("Khrushchev, Nikita Sergeevich", "Premier Khrushchev")]
    [InlineData("Khrushchev, Nikita Sergeevich", "Хрущеву")]
    [InlineData("Khrushchev, Nikita Sergeevich", "Nikita")]
    [InlineData("Khrushchev, Nikita Sergeevich", "N.S.")]
    [InlineData("Pishevari, Seyid Jafar", "Пишевери")]
    [InlineData("Pishevari, Seyid Jafar", "Pischevari")]
    [InlineData("Kuznetsov, Vasili V.", "Kuznetzov")]
    [InlineData("Ökçün, Gündüz", "Okcun")]
    [InlineData("Nasser, Gamal Abdul", "Abd–al–Nasr")]
    [InlineData("de Gaulle, Charles", "deGaulle")]
    [InlineData("Chiang Ching-kuo, Lieutenant General", "Chingkuo")]
    [InlineData("Lord, Winston", "LORD")]
    [InlineData("Field, Noel H.", "Field")]
    [InlineData("McNamara, Robert S.", "McN")]
    [InlineData("Kissinger, Henry A.", "K[issinger]")]
    [InlineData("Allison, John M.", "JA")]
    [InlineData("Johnson, Lyndon B.", "LBJ")]
    public void Should_take_a_spelling_initials_or_shorthand_of_the_heading(string heading, string spelling) =>
        Assert.True(SpellingFit.Fits(spelling, heading));

    [Theory]
    [InlineData("Khrushchev, Nikita Sergeevich", "Stalin")]
    [InlineData("Khrushchev, Nikita Sergeevich", "Richard H. Davis")]
    [InlineData("McNamara, Robert S.", "Bromley Smith")]
    [InlineData("Zhukov, Georgii Konstantinovich", "Marshal")]
    [InlineData("Felt, Admiral Harry D.", "Field Marshal")]
    [InlineData("Eisenhower, Dwight D.", "the President")]
    [InlineData("Lovett, Robert A.", "Bob")]
    [InlineData("O'Connor, Roderic L.", "JFD")]
    [InlineData("Pishevari, Seyid Jafar", "Bagirov")]
    public void Should_refuse_another_persons_name_a_title_or_a_nickname(string heading, string spelling) =>
        Assert.False(SpellingFit.Fits(spelling, heading));
}
