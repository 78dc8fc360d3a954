using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Testing;

namespace Dossier.Core.Tests.Authorities;

public sealed class CyrillicFormsTests
{
    [Theory]
    [InlineData("Khrushchev", "Хрущев")]
    [InlineData("Sergeyevich", "Сергеевич")]
    [InlineData("Gromyko", "Громыко")]
    [InlineData("Andrei", "Андрей")]
    [InlineData("Mikoyan", "Микоян")]
    [InlineData("Brezhnev", "Брежнев")]
    [InlineData("Kuznetsov", "Кузнецов")]
    public void Should_write_a_bgn_romanized_name_back_in_cyrillic(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, CyrillicForms.ToCyrillic(latin));

    [Fact]
    public void Should_give_a_soviet_person_his_cyrillic_forms_and_an_american_none()
    {
        var khrushchev = new Authority { Kind = AuthorityKind.Person, PreferredName = "Khrushchev, Nikita Sergeyevich", Description = "First Secretary of the CPSU" };
        var kennedy = new Authority { Kind = AuthorityKind.Person, PreferredName = "Kennedy, John F.", Description = "President of the United States" };

        Assert.Equal(["Хрущев", "Никита Сергеевич Хрущев"], CyrillicForms.For(khrushchev));
        Assert.Empty(CyrillicForms.For(kennedy));
    }

    /// <summary>The published BGN/PCGN sample words (iuliia), romanized form back to Cyrillic, ё read as е.</summary>
    [Fact]
    public void Should_reverse_most_published_bgn_sample_words()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Shared.PathTo("corpora/translit/iuliia/bgn_pcgn.json")));
        var pairs = json.RootElement.GetProperty("samples").EnumerateArray()
            .Select(s => (Cyrillic: s[0].GetString()!, Latin: s[1].GetString()!))
            .Where(p => !p.Cyrillic.Contains(' ', StringComparison.Ordinal) && !p.Cyrillic.Contains('-', StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(pairs);

        var right = pairs.Count(p => string.Equals(CyrillicForms.ToCyrillic(p.Latin).Replace('ё', 'е'), p.Cyrillic.Replace('ё', 'е'), StringComparison.Ordinal));

        TestContext.Current.TestOutputHelper?.WriteLine($"{right}/{pairs.Count} sample words reversed exactly");
        Assert.True(right * 10 >= pairs.Count * 6, $"{right}/{pairs.Count} sample words reversed exactly");
    }
}
