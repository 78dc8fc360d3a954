using Dossier.Core.Authorities;

namespace Dossier.Core.Tests.Authorities;

public sealed class VariantHygieneTests
{
    [Fact]
    public void Should_drop_a_line_break_hyphen_and_a_stray_quote_but_keep_a_real_hyphenated_name()
    {
        var authority = new Authority
        {
            PreferredName = "Khrushchev, Nikita S.",
            Variants =
            [
                new NameVariant { Name = "Khrushchev", Lang = "en" },
                new NameVariant { Name = "Khru-shchev", Lang = "en" },
                new NameVariant { Name = "N. Khrushchev”", Lang = "en" },
                new NameVariant { Name = "N. Khrushchev", Lang = "en" },
                new NameVariant { Name = "Hadji-zade-Salimi", Lang = "en" },
                new NameVariant { Name = "  ", Lang = "en" },
            ],
        };

        var changes = VariantHygiene.Clean(authority);

        Assert.Equal(["Khrushchev", "N. Khrushchev", "Hadji-zade-Salimi"], authority.Variants.Select(v => v.Name));
        Assert.Equal(4, changes);
    }

    [Fact]
    public void Should_keep_balanced_quotes()
    {
        Assert.Equal("Bohlen, Charles E. “Chip”", VariantHygiene.CleanName("Bohlen, Charles E. “Chip”", new HashSet<string>()));
    }
}
