using Dossier.Core.Authorities;

namespace Dossier.Core.Tests.Authorities;

/// <summary>The finders' containment rule (<see cref="AuthorityFinder.Holds"/>): the text typed at the start of a word of a name.</summary>
public sealed class AuthorityFinderTests
{
    [Theory]
    [InlineData("khrushchev, nikita s.", "khrush", true)]
    [InlineData("khrushchev, nikita s.", "nikita", true)]
    [InlineData("khrushchev, nikita s.", "khrushchev, nikita", true)]
    [InlineData("mao tse-tung", "tung", true)]
    [InlineData("burchinal, lieutenant general david a.", "china", false)]
    [InlineData("khrushchev, nikita s.", "rushchev", false)]
    [InlineData("china, china", "hina", false)]
    [InlineData("khrushchev", "", false)]
    public void Should_hold_the_text_only_at_the_start_of_a_word(string name, string typed, bool holds) =>
        Assert.Equal(holds, AuthorityFinder.Holds(name, typed));
}
