using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// A word written in Russian finds the Latin spellings it stands for (Russian transcription read backwards, places'
/// names in either language) and the other way round, and never an ordinary word those rules happen to spell.
/// </summary>
public sealed class RussianSpellingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_the_latin_spelling_a_russian_word_transcribes_only_where_latin_text_writes_it()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("eisenhower", "an invented telegram to President Eisenhower", people: ["Eisenhower"]),
            SyntheticRecords.Make("chair", "выдуманное письмо о том, что стул сломан", lang: "ru"),
            SyntheticRecords.Make("became", "выдуманное письмо о том, что он стал послом", lang: "ru"),
        ],
        [AuthorityArchive.Person("Eisenhower", "Eisenhower, Dwight D.")]);

        Assert.Equal(["eisenhower"], await archive.FoundAsync("Эйзенхауэр"));
        Assert.Equal(["eisenhower"], await archive.FoundAsync("Эйзенхауэру"));
        // "stul", стал with its а read as an English u, is the romanization of стул (a chair), which no Latin text writes.
        Assert.Equal(["became"], await archive.FoundAsync("стал"));
    }

    [Fact]
    public async Task Should_not_read_a_russian_name_into_an_ordinary_english_word_most_records_hold()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            .. Enumerable.Range(1, 60).Select(i => SyntheticRecords.Make($"note-{i}", $"an invented note {i} with thanks")),
            .. Enumerable.Range(1, 40).Select(i => SyntheticRecords.Make($"report-{i}", $"an invented report {i} on the harvest")),
            SyntheticRecords.Make("smith", "an invented cable to Smith"),
        ],
        []);

        // Уайт (White) read with a th is "with", which 60 of the 101 records hold: an ordinary word. Смит (Smith) read so
        // is a rare one, found.
        Assert.Empty(await archive.FoundAsync("Уайт"));
        Assert.Equal(["smith"], await archive.FoundAsync("Смит"));
    }

    [Fact]
    public async Task Should_not_match_an_ordinary_english_word_most_records_hold_by_a_russian_words_romanization()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            .. Enumerable.Range(1, 60).Select(i => SyntheticRecords.Make($"note-{i}", $"an invented note {i} on the best harvest, but late")),
            SyntheticRecords.Make("pismo", "выдуманное письмо: он приехал вчера", lang: "ru"),
            SyntheticRecords.Make("bonn", "an invented cable from Bonn"),
            SyntheticRecords.Make("robert", "an invented letter from Robert Best", people: ["Best"]),
        ],
        [AuthorityArchive.Person("Best", "Best, Robert")]);

        // он romanizes as "on", Бут (Booth) as "but": words 61 of the 63 records hold, no name's. Бонн romanizes as a rare word.
        Assert.Equal(["pismo"], await archive.FoundAsync("он"));
        Assert.Empty(await archive.FoundAsync("Бут"));
        Assert.Equal(["bonn"], await archive.FoundAsync("Бонн"));
        // A known name's word is a name, however common: Бест finds Robert Best, and so the records with "best".
        Assert.Contains("robert", await archive.FoundAsync("Бест"));
    }

    [Fact]
    public async Task Should_add_a_silent_e_to_a_russian_name_only_into_a_known_name()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("rice", "an invented telegram from Rice", people: ["Rice"]),
            SyntheticRecords.Make("rise", "an invented report on the rise of prices"),
            SyntheticRecords.Make("line", "an invented note on the line of the border"),
        ],
        [AuthorityArchive.Person("Rice", "Rice, Edward E.")]);

        // Райс with a silent e is Rice, and rise; Лайн is line.
        Assert.Equal(["rice"], await archive.FoundAsync("Райс"));
        Assert.Empty(await archive.FoundAsync("Лайн"));
    }

    [Fact]
    public async Task Should_read_a_russian_case_ending_away_only_into_a_known_name()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("slow", "an invented report that progress was slow"),
            SyntheticRecords.Make("strong", "an invented strong protest, strung together in haste"),
            SyntheticRecords.Make("words", "выдуманные слова о стране", lang: "ru"),
        ],
        []);

        // слова read as the genitive of слов is "slow"; страна as стран is "strung", whose key is strong's. The Russian
        // record holds слова and стране.
        Assert.Equal(["words"], await archive.FoundAsync("слова"));
        Assert.Equal(["words"], await archive.FoundAsync("страна"));
    }

    [Fact]
    public async Task Should_find_the_russian_transcription_of_a_latin_name_in_any_case()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("english", "an invented telegram to President Eisenhower on the Geneva talks"),
            SyntheticRecords.Make("dative", "выдуманная телеграмма Эйзенхауэру о переговорах", lang: "ru"),
            SyntheticRecords.Make("locative", "выдуманное сообщение о переговорах в Женеве", lang: "ru"),
            SyntheticRecords.Make("eisenberg", "выдуманное сообщение об Эйзенберге", lang: "ru"),
            SyntheticRecords.Make("weather", "an invented note on the weather"),
            SyntheticRecords.Make("harvest", "an invented note on the harvest"));

        Assert.Equal(["dative", "english"], await archive.FoundAsync("Eisenhower"));
        Assert.Equal(["english", "locative"], await archive.FoundAsync("Geneva"));
        Assert.Equal(["eisenberg"], await archive.FoundAsync("Eisenberg"));
    }

    [Fact]
    public async Task Should_find_a_place_by_its_name_in_the_other_language_but_no_latin_word_that_spells_a_russian_form()
    {
        // A record's key is in its title: none here is a place's name or a romanization of one.
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("cable", "an invented cable from the embassy in Rome"),
            SyntheticRecords.Make("wheel", "an invented note on the rim of a wheel"),
            SyntheticRecords.Make("pismo", "выдуманное письмо послу в Риме: Рим не ответил", lang: "ru"),
            SyntheticRecords.Make("telegram", "an invented telegram on Egypt and Vienna"),
            SyntheticRecords.Make("soobshchenie", "выдуманное сообщение о Египте", lang: "ru"));

        Assert.Equal(["soobshchenie", "telegram"], await archive.FoundAsync("Египет"));
        Assert.Equal(["soobshchenie", "telegram"], await archive.FoundAsync("Egypt"));
        Assert.Equal(["telegram"], await archive.FoundAsync("Вене"));
        // Рим romanizes as rim, which Latin text writes: Rome finds Риме, not the rim of a wheel.
        Assert.Equal(["cable", "pismo"], await archive.FoundAsync("Rome"));
        // The name as written ranks first.
        var egypt = await archive.Index.SearchAsync(new SearchRequest { Query = "Egypt" }, Cancel);
        Assert.Equal(["telegram", "soobshchenie"], egypt.Hits.Select(h => h.SourceId));
        Assert.Contains("Египте — Russian name of Egypt", egypt.Hits[1].Why);
    }

    [Fact]
    public async Task Should_rank_a_place_by_its_name_in_the_other_language_as_the_name_ranks_it_when_the_word_keeps_its_skeleton()
    {
        // Дамаск romanizes as damask, which Latin text writes: the word keeps its skeleton key, and Damascus is no spelling
        // with that key. It must still count as the word's class does, by how often a record holds it.
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("once", "an invented cable from Damascus on the talks"),
            SyntheticRecords.Make("thrice", "an invented cable: Damascus agreed, Damascus signed, and Damascus kept its word"),
            SyntheticRecords.Make("fabric", "an invented note on damask curtains"));

        var english = await archive.Index.SearchAsync(new SearchRequest { Query = "Damascus" }, Cancel);
        var russian = await archive.Index.SearchAsync(new SearchRequest { Query = "Дамаск" }, Cancel);

        Assert.Equal(["thrice", "once"], english.Hits.Select(h => h.SourceId));
        var score = russian.Hits.ToDictionary(h => h.SourceId, h => h.Score);
        Assert.True(score["thrice"] > score["once"], $"thrice {score["thrice"]}, once {score["once"]}");
    }

    [Fact]
    public async Task Should_not_find_by_the_sound_of_a_russian_romanization_no_record_writes_when_the_name_it_transcribes_is_written()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("harriman", "an invented telegram from Governor Harriman"),
            SyntheticRecords.Make("germany", "an invented telegram on Germany"));

        // Гарриман romanizes as garriman, whose skeleton is Germany's; the archive writes Harriman and no garriman.
        Assert.Equal(["harriman"], await archive.FoundAsync("Гарриман"));
    }

    [Fact]
    public async Task Should_not_match_a_foreign_name_russian_leaves_undeclined_by_its_stem()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("band", "an invented report on the band of the Marine Corps"),
            SyntheticRecords.Make("bundi", "выдуманное письмо Банди о поездке", lang: "ru"),
            SyntheticRecords.Make("tebriz", "выдуманное сообщение о Тебризе", lang: "ru"),
            SyntheticRecords.Make("colony", "an invented cable from Hong Kong"),
            SyntheticRecords.Make("africa", "an invented report on the Congo"));

        var bundy = await archive.Index.SearchAsync(new SearchRequest { Query = "Банди" }, Cancel);
        var band = await archive.Index.SearchAsync(new SearchRequest { Query = "band" }, Cancel);
        var tabriz = await archive.Index.SearchAsync(new SearchRequest { Query = "Tebriz" }, Cancel);

        Assert.Equal(["bundi"], bundy.Hits.Select(h => h.SourceId));
        Assert.Equal(["band"], band.Hits.Select(h => h.SourceId));
        // A case form keeps its name stem: Тебризе is found as Tebriz.
        Assert.Equal(["tebriz"], tabriz.Hits.Select(h => h.SourceId));
        // A name in -о is undeclined too: Конго is no case of "Конг" (Hong Kong).
        Assert.Equal(["africa"], await archive.FoundAsync("Конго"));
    }
}
