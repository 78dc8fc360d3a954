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
        // Written for the test, in a language no other test identifies, so its detector is built here first. Romanian
        // has no n-gram profile: the profiles take this sentence for Italian, unsure, and only Lingua knows better.
        const string Romanian = "Lucrătorii fabricii au scris o scrisoare Comitetului Central pentru că nu au locuință și cer încă un răspuns.";
        var (best, confidence, ranked) = NgramClassifier.Classify(Romanian, NgramProfiles.Of("Latn"))!.Value;
        Assert.NotEqual("ro", best.Tag);
        Assert.True(confidence < LanguageIdentifier.ProfileCertainty, $"the profiles are sure ({confidence}): Lingua is not asked");
        var key = LinguaDetectors.CandidatesOf(LinguaDetectors.Latin, ranked);

        await LanguageIdentifier.PrepareAsync("Scrisoare\n\n" + Romanian + "\n");

        Assert.True(LinguaDetectors.IsBuilt(key), $"no detector for {string.Join(' ', key)}");
        Assert.Equal("ro", LanguageIdentifier.Shared.Identify(Romanian).Tag);
    }

    [Fact]
    public void Should_answer_a_paragraph_the_profiles_are_sure_of_without_loading_Lingua()
    {
        // Swedish, which no other test identifies: the detector of its closest languages is never built.
        const string Swedish = "Arbetarna vid fabriken skrev ett brev till centralkommittén eftersom de saknar bostad, och de väntar fortfarande på ett svar.";
        var (best, confidence, ranked) = NgramClassifier.Classify(Swedish, NgramProfiles.Of("Latn"))!.Value;
        Assert.True(confidence >= LanguageIdentifier.ProfileCertainty, $"the profiles are unsure ({confidence})");

        Assert.Equal("sv", LanguageIdentifier.Shared.Identify(Swedish).Tag);
        Assert.Equal("sv", best.Tag);
        Assert.False(LinguaDetectors.IsBuilt(LinguaDetectors.CandidatesOf(LinguaDetectors.Latin, ranked)), "Lingua's models were loaded for a paragraph the profiles were sure of");
    }

    [Fact]
    public async Task Should_build_a_detector_once_when_many_threads_ask_for_it_at_once()
    {
        // Arabic-script text, which only Lingua answers: every thread asks for the detector of all its Arabic languages.
        const string Persian = "کارگران کارخانه نامه‌ای به کمیته مرکزی نوشتند زیرا خانه ندارند و هنوز منتظر پاسخ هستند.";
        var key = LinguaDetectors.CandidatesOf(LinguaDetectors.Arabic, []);
        using var start = new Barrier(8);

        var guesses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(
            () =>
            {
                start.SignalAndWait(TestContext.Current.CancellationToken);
                return LinguaDetectors.Identify(WritingScript.Arab, Persian).Tag;
            },
            TestContext.Current.CancellationToken)));

        Assert.All(guesses, tag => Assert.Equal("fa", tag));
        Assert.Equal(1, LinguaDetectors.TimesBuilt(key));
    }
}
