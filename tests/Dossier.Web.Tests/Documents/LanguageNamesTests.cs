using Dossier.Web.Documents;

namespace Dossier.Web.Tests.Documents;

/// <summary>A layer's language named for its label, from any tag an imported record may hold.</summary>
public sealed class LanguageNamesTests
{
    [Theory]
    [InlineData("ru", "Russian")]
    [InlineData("en", "English")]
    [InlineData("und", "Unknown language")]
    [InlineData("", "Unknown language")]
    public void Should_name_a_tag_in_english(string tag, string expected)
    {
        Assert.Equal(expected, LanguageNames.Of(tag));
        Assert.Equal(expected, LanguageNames.Of(tag));
    }

    [Fact]
    public void Should_keep_naming_every_tag_after_a_file_held_thousands_of_made_up_ones()
    {
        // More tags than the names kept: each made-up tag is still given back as written, and a real one still named.
        var made = Enumerable.Range(0, 3_000).Select(i => "x-made-up-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var named = made.Select(LanguageNames.Of).ToList();

        Assert.Equal(made, named);
        Assert.Equal("Azerbaijani (Cyrillic)", LanguageNames.Of("az-Cyrl"));
        Assert.Equal("x-made-up-2999", LanguageNames.Of("x-made-up-2999"));
    }
}
