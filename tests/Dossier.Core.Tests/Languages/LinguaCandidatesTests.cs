using Dossier.Core.Languages;

namespace Dossier.Core.Tests.Languages;

public sealed class LinguaCandidatesTests
{
    [Fact]
    public void Should_let_Lingua_decide_among_the_three_closest_languages_and_those_no_profile_ranks()
    {
        // Every Latin profile, ranked: Uzbek (which Lingua lacks), Dutch and French after English; Portuguese is the fourth
        // that Lingua models. Latin, Romanian and Vietnamese have no profile, so no ranking can leave them out.
        var candidates = LinguaDetectors.CandidatesOf(LinguaDetectors.Latin, ["en", "uz-Latn", "nl", "fr", "pt", "de", "es", "it", "sv", "pl", "cs", "hu", "tr", "az-Latn"]);

        Assert.Equal(["en", "fr", "la", "nl", "ro", "vi"], candidates);
    }

    [Fact]
    public void Should_let_Lingua_decide_among_all_its_languages_of_the_script_when_the_ranking_names_too_few()
    {
        var candidates = LinguaDetectors.CandidatesOf(LinguaDetectors.Cyrillic, ["tt", "ky", "ru"]);

        Assert.Equal(LinguaDetectors.Cyrillic.Keys.Order(StringComparer.Ordinal), candidates);
    }

    [Fact]
    public async Task Should_load_the_models_a_files_guesses_need_while_preparing_on_its_opening_text()
    {
        // Written for the test, in languages no other test identifies, so their detectors are built here first.
        const string Italian = "Gli operai della fabbrica hanno scritto una lettera al Comitato centrale perché non hanno una casa, e chiedono ancora una risposta.";
        const string Spanish = "Los obreros de la fábrica escribieron una carta al Comité Central porque no tienen vivienda, y vuelven a pedir una respuesta.";
        var keys = new[] { Italian, Spanish }
            .Select(text => NgramClassifier.Classify(text, NgramProfiles.Of("Latn")) is var (_, _, ranked) ? LinguaDetectors.CandidatesOf(LinguaDetectors.Latin, ranked) : [])
            .ToList();

        await LanguageIdentifier.PrepareAsync("Lettera\n\n" + Italian + "\n\n" + Spanish + "\n");

        Assert.All(keys, key => Assert.True(LinguaDetectors.IsBuilt(key), $"no detector for {string.Join(' ', key)}"));
        Assert.Equal("it", LanguageIdentifier.Shared.Identify(Italian).Tag);
        Assert.Equal("es", LanguageIdentifier.Shared.Identify(Spanish).Tag);
    }
}
