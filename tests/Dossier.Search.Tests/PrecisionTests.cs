using Dossier.Core.Authorities;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>Loose matches (skeleton keys, fuzzy) rank below every closer kind, and never carry short or common words.</summary>
public sealed class PrecisionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_rank_exact_before_variant_spelling_before_one_edit_typo()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("typo", "an invented report that Pishevali had left the city"),
            SyntheticRecords.Make("variant", "выдуманное сообщение о том, что Пишевери уехал из города", lang: "ru"),
            SyntheticRecords.Make("exact", "an invented report that Pishevari had left the city"),
            SyntheticRecords.Make("none", "an invented report that somebody had left the city"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Pishevari" }, Cancel);

        Assert.Equal(["exact", "variant", "typo"], result.Hits.Select(h => h.SourceId));
        Assert.Contains("Pishevali — fuzzy match for Pishevari", result.Hits[2].Why);
    }

    [Fact]
    public async Task Should_not_match_a_name_by_a_skeleton_key_that_stands_mostly_for_other_words()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
        [
            .. Enumerable.Range(1, 24).Select(i => SyntheticRecords.Make($"chair-{i}", $"an invented note {i} from the chairman")),
            SyntheticRecords.Make("harriman-1", "an invented telegram from Harriman"),
            SyntheticRecords.Make("harriman-2", "an invented reply to Harriman"),
            SyntheticRecords.Make("harriman-3", "an invented cable on Harriman's visit"),
            SyntheticRecords.Make("typo", "an invented cable to Harrimann"),
        ]);

        // Chairman has Harriman's skeleton (a German ch is an h): 24 records of it against Harriman's 3 are other words,
        // and Harriman is matched by its spellings instead, its typing errors among them.
        Assert.Equal(["harriman-1", "harriman-2", "harriman-3", "typo"], await archive.FoundAsync("Harriman"));
    }

    [Fact]
    public async Task Should_not_take_a_name_of_a_persons_record_for_a_spelling_of_another_of_his_names()
    {
        // A volume's index gave John Foster Dulles's record his brother's name too, as FRUS's did.
        var dulles = AuthorityArchive.Person("Dulles", "Dulles, John Foster");
        dulles.Variants = [new NameVariant { Name = "Allen Dulles" }, new NameVariant { Name = "Dules" }];
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("dulles", "an invented telegram from Dulles", people: ["Dulles"]),
            SyntheticRecords.Make("dules", "an invented telegram from Dules"),
            SyntheticRecords.Make("allen", "an invented letter from George Allen"),
            .. Enumerable.Range(1, 12).Select(i => SyntheticRecords.Make($"note-{i}", $"an invented note {i} on the harvest")),
        ],
        [dulles]);

        // "Allen Dulles" holds Dulles as written: Allen, three edits from it, is another name, not a spelling of it. Dules,
        // a name of its own, is one edit away.
        Assert.Equal(["dules", "dulles"], await archive.FoundAsync("Dulles"));
    }

    [Fact]
    public async Task Should_not_stem_an_english_word_as_azerbaijani_in_search()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("china", "an invented telegram on China"),
            SyntheticRecords.Make("chilar", "uydurma məktub chilar haqqında", lang: "az-Latn"));

        // Azerbaijani's suffix stripper reads China as chi (and chilar as chi): China is plain Latin with a c, never
        // read as Azerbaijani.
        Assert.Equal(["china"], await archive.FoundAsync("China"));
    }

    [Fact]
    public async Task Should_not_stem_an_english_word_or_name_as_azerbaijani_in_the_finder()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("china", "an invented telegram on China"));

        Assert.False(await MatchesAsync(archive, "China", "Chi P'eng-fei"));
        Assert.False(await MatchesAsync(archive, "China", "Ho Chi Minh"));
        Assert.True(await MatchesAsync(archive, "China", "China"));
    }

    [Fact]
    public async Task Should_not_read_an_english_c_as_the_azerbaijani_j()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("mccarthy", "an invented letter from McCarthy on the prisoners"),
            SyntheticRecords.Make("majority", "an invented note that the majority voted for the plan"),
            SyntheticRecords.Make("cam", "an invented drawing of the cam of the engine"),
            SyntheticRecords.Make("jam", "an invented report of a jam on the road"),
            SyntheticRecords.Make("xezer", "uydurma məktub Xəzər dənizi haqqında", lang: "az-Latn"),
            SyntheticRecords.Make("cavid", "uydurma məktub Cavid haqqında", lang: "az-Latn"));

        Assert.Equal(["mccarthy"], await archive.FoundAsync("McCarthy"));
        Assert.Equal(["cam"], await archive.FoundAsync("cam"));
        Assert.Equal(["majority"], await archive.FoundAsync("majority"));
        // Azerbaijani is still read where the letters say so, or where no c is read.
        Assert.Equal(["xezer"], await archive.FoundAsync("Xezer"));
        Assert.Equal(["cavid"], await archive.FoundAsync("Cavid"));
        Assert.Equal(["cavid"], await archive.FoundAsync("Javid"));
    }

    [Fact]
    public async Task Should_not_match_a_name_by_a_word_whose_first_vowel_stands_elsewhere()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("psywar", "an invented memorandum on psywar in Vietnam"),
            SyntheticRecords.Make("pishevari", "выдуманное письмо Пишевари о Тебризе", lang: "ru"),
            SyntheticRecords.Make("pischevari", "an invented cable on Pischevari"),
            SyntheticRecords.Make("dimitri", "an invented letter from Dimitri in Sofia"));

        Assert.Equal(["pischevari", "pishevari"], await archive.FoundAsync("Пишевари"));
        Assert.Equal(["pischevari", "pishevari"], await archive.FoundAsync("Pishevari"));
        Assert.Equal(["psywar"], await archive.FoundAsync("psywar"));
        // A vowel between a first consonant and a sonorant is still a spelling's difference.
        Assert.Equal(["dimitri"], await archive.FoundAsync("Dmitri"));
    }

    [Fact]
    public async Task Should_not_match_a_short_word_by_its_skeleton_key_alone()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("english", "an invented congress of the Party"),
            SyntheticRecords.Make("russian", "выдуманный съезд партии", lang: "ru"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Party" }, Cancel);

        Assert.Equal(["english"], result.Hits.Select(h => h.SourceId));
    }

    [Fact]
    public async Task Should_match_a_word_the_corpus_has_many_times_only_as_written_or_romanized()
    {
        using var archive = new IndexedArchive();
        var records = Enumerable.Range(0, 60).Select(i => SyntheticRecords.Make("k" + i, "an invented visit to the Kremlin, number " + i)).ToList();
        records.Add(SyntheticRecords.Make("typo", "an invented visit to the Kremlim"));
        records.Add(SyntheticRecords.Make("cyrillic", "выдуманный визит в Кремлин", lang: "ru"));
        await archive.AddAsync([.. records]);

        var common = await archive.Index.SearchAsync(new SearchRequest { Query = "Kremlin", Limit = 100 }, Cancel);
        var rare = await archive.Index.SearchAsync(new SearchRequest { Query = "Kremlim", Limit = 100 }, Cancel);

        Assert.Equal(61, common.Total);
        Assert.Contains(common.Hits, h => h.SourceId == "cyrillic");
        Assert.DoesNotContain(common.Hits, h => h.SourceId == "typo");
        Assert.Equal("typo", rare.Hits[0].SourceId);
    }

    [Fact]
    public async Task Should_not_take_a_commoner_word_two_edits_away_for_a_spelling_of_a_word_the_archive_holds()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("confederation", "an invented letter of the International Confederation of Free Trade Unions"),
            SyntheticRecords.Make("both", "an invented letter on the Confederation, after due consideration"),
            SyntheticRecords.Make("typo", "an invented letter of the Confederaton of Unions"),
            SyntheticRecords.Make("consideration-1", "an invented letter: after due consideration, no"),
            SyntheticRecords.Make("consideration-2", "an invented letter asking for consideration"),
            SyntheticRecords.Make("consideration-3", "an invented letter, for your consideration"));

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Confederation", Limit = 10 }, Cancel);
        var misspelt = await archive.Index.SearchAsync(new SearchRequest { Query = "Cunsideratian", Limit = 10 }, Cancel);

        // "consideration" is two edits from "Confederation" and in more records: another word. One edit away is a spelling.
        Assert.Equal(["both", "confederation", "typo"], result.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("consideration", Assert.Single(result.Hits, h => h.SourceId == "both").Matched);
        // A word the archive lacks as typed keeps every term two edits away.
        Assert.Equal(4, misspelt.Total);
    }

    [Fact]
    public async Task Should_not_take_a_commoner_word_one_edit_away_of_other_consonants_for_a_spelling_of_a_word_the_archive_holds()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("andrei", "an invented talk with Andrei Gromyko in Geneva"),
            SyntheticRecords.Make("andrew-1", "an invented letter from Andrew Goodpaster"),
            SyntheticRecords.Make("andrew-2", "an invented letter to Andrew Berding"),
            SyntheticRecords.Make("nasser", "an invented speech by Nasser in Cairo"),
            SyntheticRecords.Make("naser-1", "an invented speech by Naser at Port Said"),
            SyntheticRecords.Make("naser-2", "an invented note on Naser and the canal"),
            SyntheticRecords.Make("planks", "an invented report on the planks of the platform"),
            SyntheticRecords.Make("plans-1", "an invented report on the plans of the army"),
            SyntheticRecords.Make("plans-2", "an invented report on plans for Berlin"));

        var andrei = await archive.Index.SearchAsync(new SearchRequest { Query = "Andrei", Limit = 10 }, Cancel);
        var planks = await archive.Index.SearchAsync(new SearchRequest { Query = "planks", Limit = 10 }, Cancel);
        var nasser = await archive.Index.SearchAsync(new SearchRequest { Query = "Nasser", Limit = 10 }, Cancel);
        var misspelt = await archive.Index.SearchAsync(new SearchRequest { Query = "Andrej", Limit = 10 }, Cancel);

        // "Andrew" and "plans" are one edit away and in more records, but their consonants differ: other words.
        Assert.Equal(["andrei"], andrei.Hits.Select(h => h.SourceId));
        Assert.Equal(["planks"], planks.Hits.Select(h => h.SourceId));
        // "Naser" is too, with the same consonants (and too few of them for a skeleton key of its own): a spelling, found.
        Assert.Equal(["naser-1", "naser-2", "nasser"], nasser.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
        Assert.Contains("Naser — fuzzy match for Nasser", nasser.Hits.First(h => h.SourceId == "naser-1").Why);
        // A word the archive lacks as typed keeps every term one edit away.
        Assert.Equal(3, misspelt.Total);
        // The finders read the words as search does: the same spellings found, the same other words left out.
        Assert.False(await MatchesAsync(archive, "Andrei", "Goodpaster, Andrew J."));
        Assert.True(await MatchesAsync(archive, "Andrei", "Gromyko, Andrei A."));
        Assert.True(await MatchesAsync(archive, "Nasser", "Naser"));
        Assert.True(await MatchesAsync(archive, "Andrej", "Goodpaster, Andrew J."));
    }

    [Fact]
    public async Task Should_not_take_a_rarer_word_two_edits_away_of_other_consonants_for_a_spelling_of_a_word_the_archive_holds()
    {
        using var archive = new IndexedArchive();
        await archive.AddAsync(
            SyntheticRecords.Make("deserved-1", "an invented note that the plan deserved support"),
            SyntheticRecords.Make("deserved-2", "an invented note that the army deserved praise"),
            SyntheticRecords.Make("deceived", "an invented note that the envoy was deceived"),
            SyntheticRecords.Make("khrushchev-1", "an invented talk with Khrushchev in Moscow"),
            SyntheticRecords.Make("khrushchev-2", "an invented letter from Khrushchev to the President"),
            SyntheticRecords.Make("khrushchyov", "an invented cable that spells him Khrushchyov"));

        // "deceived" is two edits from "deserved", rarer, and of other consonants: another word.
        Assert.Equal(["deserved-1", "deserved-2"], await archive.FoundAsync("deserved"));
        // "Khrushchyov" is two edits from "Khrushchev", rarer, and of the same consonants: a spelling of it.
        Assert.Equal(["khrushchev-1", "khrushchev-2", "khrushchyov"], await archive.FoundAsync("Khrushchev"));
        // A word the archive lacks keeps every term within its edits.
        Assert.Equal(["deceived", "deserved-1", "deserved-2"], await archive.FoundAsync("deseived"));
    }

    [Fact]
    public async Task Should_take_a_known_names_spelling_with_an_h_more_or_less_for_that_name_and_a_common_word_so_spelled_for_another()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("talk-1", "an invented talk with Khrushchev in Moscow", people: ["Khrushchev"]),
            SyntheticRecords.Make("talk-2", "an invented letter from Khrushchev to the President", people: ["Khrushchev"]),
            SyntheticRecords.Make("talk-3", "an invented speech by Khrushchev in Vienna", people: ["Khrushchev"]),
            SyntheticRecords.Make("cable-1", "an invented cable that spells him Krushchev"),
            SyntheticRecords.Make("cable-2", "an invented cable that spells him Kruschev"),
            SyntheticRecords.Make("note-1", "an invented note on the threshhold of war"),
            SyntheticRecords.Make("note-2", "an invented note on the threshold of war"),
            SyntheticRecords.Make("note-3", "an invented note on the threshold of peace"),
        ],
        [AuthorityArchive.Person("Khrushchev", "Khrushchev, Nikita S.")]);

        // "Khrushchev" is commoner, one h (Krushchev) or two (Kruschev) away, and a known person's name: the same name.
        string[] khrushchev = ["cable-1", "cable-2", "talk-1", "talk-2", "talk-3"];
        Assert.Equal(khrushchev, await archive.FoundAsync("Krushchev"));
        Assert.Equal(khrushchev, await archive.FoundAsync("Kruschev"));
        Assert.True((await archive.Index.Names.ReadAsync("Kruschev", Cancel))("Khrushchev, Nikita S."));
        // "threshold" is commoner and one h from "threshhold" too, but no name's word: another word.
        Assert.Equal(["note-1"], await archive.FoundAsync("threshhold"));
    }

    [Fact]
    public async Task Should_not_find_a_known_name_by_the_english_word_its_stem_reads()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("harding-1", "an invented talk with Harding in Nicosia", people: ["Harding"]),
            SyntheticRecords.Make("harding-2", "an invented note on Harding's proposal"),
            SyntheticRecords.Make("hard-1", "an invented report of a hard winter"),
            SyntheticRecords.Make("hard-2", "an invented note that the talks were hard going"),
            SyntheticRecords.Make("visit-1", "an invented note on the visit to Nicosia"),
            SyntheticRecords.Make("visit-2", "an invented note on two visits to Nicosia"),
            .. Enumerable.Range(0, 10).Select(i => SyntheticRecords.Make("other-" + i, "an invented cable on the talks in Ankara, number " + i)),
        ],
        [AuthorityArchive.Person("Harding", "Harding, Sir John")]);

        // Porter reads Harding as hard: the word of a known name that is no common word keeps no stem but itself. Its
        // possessive is still the name.
        Assert.Equal(["harding-1", "harding-2"], await archive.FoundAsync("Harding"));
        Assert.Equal(["harding-1", "harding-2"], await archive.FoundAsync("harding"));
        // A word no name holds keeps its stem.
        Assert.Equal(["visit-1", "visit-2"], await archive.FoundAsync("visits"));
    }

    [Fact]
    public async Task Should_not_find_a_rare_name_by_the_commoner_words_that_share_its_sound()
    {
        await using var archive = await AuthorityArchive.OpenAsync(
        [
            SyntheticRecords.Make("watrous", "an invented memorandum by Watrous on the loan", people: ["Watrous"]),
            SyntheticRecords.Make("garnett", "an invented letter from Garnett on the loan"),
            .. Enumerable.Range(0, 24).Select(i => SyntheticRecords.Make("waters-" + i, "an invented note on the territorial waters, number " + i)),
            SyntheticRecords.Make("general-waters", "an invented cable from General Waters", people: ["Waters"]),
            .. Enumerable.Range(0, 25).Select(i => SyntheticRecords.Make("grant-" + i, "an invented note on a grant of aid, number " + i)),
            .. Enumerable.Range(0, 25).Select(i => SyntheticRecords.Make("khrushchev-" + i, "an invented talk with Khrushchev, number " + i, people: ["Khrushchev"])),
            .. Enumerable.Range(0, 25).Select(i => SyntheticRecords.Make("other-" + i, "an invented cable on the talks in Ankara, number " + i)),
        ],
        [
            AuthorityArchive.Person("Watrous", "Watrous, Livingston D."),
            AuthorityArchive.Person("Waters", "Waters, General John K."),
            AuthorityArchive.Person("Khrushchev", "Khrushchev, Nikita S."),
        ]);

        // A spelling no name holds still finds the known name with its key, explained as a spelling of it.
        var chruschtschow = await archive.SearchAsync("Chruschtschow", limit: 100);
        Assert.Equal(25, chruschtschow.Total);
        Assert.All(chruschtschow.Hits, h => Assert.StartsWith("khrushchev-", h.SourceId, StringComparison.Ordinal));
        Assert.Contains("Khrushchev — spelling variant of Chruschtschow", chruschtschow.Hits[0].Why);
        // Watrous and waters, Garnett and grant share a skeleton key; the commoner words (and General Waters, another
        // person) are no spellings of the names.
        Assert.Equal(["watrous"], await archive.FoundAsync("Watrous"));
        Assert.Equal(["garnett"], await archive.FoundAsync("Garnett"));
    }

    [Fact]
    public async Task Should_offer_the_commoner_spelling_left_out_when_a_word_held_as_written_finds_little()
    {
        using var archive = new IndexedArchive();
        var records = Enumerable.Range(0, 12).Select(i => SyntheticRecords.Make("note-" + i, "an invented note on the threshold of war, number " + i)).ToList();
        records.Add(SyntheticRecords.Make("misspelt", "an invented note on the threshhold of war"));
        await archive.AddAsync([.. records]);

        var misspelt = await archive.Index.SearchAsync(new SearchRequest { Query = "threshhold" }, Cancel);
        var common = await archive.Index.SearchAsync(new SearchRequest { Query = "threshold" }, Cancel);

        // The record holding the misspelling as written, and the way to the others.
        Assert.Equal(["misspelt"], misspelt.Hits.Select(h => h.SourceId));
        Assert.Equal(["threshold"], misspelt.Suggestions);
        // The commoner word finds the rarer spelling one edit away too: it may be a misspelling of it.
        Assert.Equal(13, common.Total);
        Assert.Empty(common.Suggestions);
    }

    private static async Task<bool> MatchesAsync(IndexedArchive archive, string query, string name) =>
        (await archive.Index.Names.ReadAsync(query, Cancel))(name);
}
