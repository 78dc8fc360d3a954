using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Names;

/// <summary>
/// Which namesake a word means, with the authority files of many volumes together (issue 8, item 4): before, every bare
/// "Berlin" of the 100 FRUS volumes was Colonel Jack Berlin (2,136 records), every "New York" Herbert York (2,710) and
/// "the French" Jerome T. French (4,397).
/// </summary>
public sealed class NamesakeChoiceTests
{
    private static readonly Authority BerlinCity = Place("Berlin");
    private static readonly Authority NewYork = Place("New York");

    // A person from a volume's list of persons has a source key and several spellings, where a place has one.
    private static readonly Authority JackBerlin = Person("p_berlin_jack", "Berlin, Colonel Jack", ["v1#p_BCJ1"], "Jack Berlin", "Berlin", "Colonel Berlin");

    private static readonly Authority HerbertYork = Person("p_york", "York, Herbert", ["v2#p_YH1"], "Herbert York");

    private static readonly Authority JohnFosterDulles = Person("p_dulles_jf", "Dulles, John Foster", ["v1#p_DJF1", "v2#p_DJF1", "v3#p_DJF1"], "John Foster Dulles", "Dulles", "Foster Dulles");

    private static readonly Authority AllenDulles = Person("p_dulles_a", "Dulles, Allen W.", ["v1#p_DAW1", "v9#p_DAW1"], "Allen Dulles");

    private static readonly Authority JeromeFrench = Person("p_french", "French, Jerome T.", ["v4#p_FJT1"], "Jerome French");

    private static readonly Authority FrancisPowers = Person("p_powers", "Powers, Francis Gary", ["v5#p_PFG1"], "Francis Gary Powers");

    private static readonly Authority AmosJordan = Person("p_jordan", "Jordan, Amos A.", ["v6#p_JAA1"], "Amos Jordan");

    // Cornelis Staf, the Dutch minister of defence: "Staff" keys as "Staf" (double letters are one in a key).
    private static readonly Authority CornelisStaf = Person("p_staf", "Staf, Cornelis", ["v7#p_SC1"], "Cornelis Staf", "Staf");

    private static readonly Authority[] Everyone =
        [BerlinCity, NewYork, JackBerlin, HerbertYork, JohnFosterDulles, AllenDulles, JeromeFrench, FrancisPowers, AmosJordan, CornelisStaf];

    [Fact]
    public void Should_take_a_bare_place_name_for_the_place_and_not_for_a_person_of_that_surname()
    {
        var (mention, evidence) = Single("The talks in Berlin went on.", "Berlin");

        Assert.Equal(BerlinCity.Id, mention);
        Assert.Contains("not a person by surname alone", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_the_longest_name_so_New_York_is_no_person_York()
    {
        Assert.Equal(NewYork.Id, Single("He flew to New York on Monday.", "New York").AuthorityId);
    }

    [Fact]
    public void Should_take_a_surname_after_a_title_or_a_forename_for_the_person()
    {
        Assert.Equal(JackBerlin.Id, Single("We met Colonel Berlin today.", "Berlin").AuthorityId);
        Assert.Equal(JackBerlin.Id, Single("Jack Berlin called on the Embassy.", "Jack Berlin").AuthorityId);
        Assert.Equal(HerbertYork.Id, Single("Herbert York testified.", "Herbert York").AuthorityId);
    }

    [Fact]
    public void Should_still_take_a_bare_surname_for_the_most_cited_of_two_people()
    {
        Assert.Equal(JohnFosterDulles.Id, Single("Dulles agreed.", "Dulles").AuthorityId);
        Assert.Equal(AllenDulles.Id, Single("Allen Dulles agreed.", "Allen Dulles").AuthorityId);
    }

    [Fact]
    public void Should_not_take_a_surname_inside_another_name_or_after_the_article_for_a_person()
    {
        Assert.Empty(Mentions("The talks with the French went on."));
        Assert.Empty(Mentions("He gave the French Government a note."));
        Assert.Empty(Mentions("The French replied at once."));
        Assert.Equal(JeromeFrench.Id, Single("Mr. French replied at once.", "French").AuthorityId);
        // A language's name by itself: the person only with a forename or a title.
        Assert.Empty(Mentions("Later French support was assured."));
        Assert.Equal(JeromeFrench.Id, Single("Jerome French replied.", "Jerome French").AuthorityId);
    }

    [Fact]
    public void Should_not_take_a_surname_after_another_capitalised_word_for_a_person_unless_a_title_or_a_place_stands_there()
    {
        Assert.Empty(Mentions("Later the talks of the Western Powers began."));
        Assert.Empty(Mentions("Both Great Powers agreed."));
        Assert.Empty(Mentions("He wrote to the Committee of Powers at once."));
        Assert.Equal(FrancisPowers.Id, Single("Secretary of State Powers agreed.", "Powers").AuthorityId);
        Assert.Equal([BerlinCity.Id, FrancisPowers.Id], Mentions("While in Berlin Powers spoke twice.").Select(m => m.AuthorityId));
    }

    [Fact]
    public void Should_not_take_a_country_named_alone_for_a_person_of_that_surname()
    {
        Assert.Empty(Mentions("Arms for Jordan were discussed."));
        Assert.Equal(AmosJordan.Id, Single("Colonel Jordan agreed.", "Jordan").AuthorityId);
        Assert.Equal(AmosJordan.Id, Single("Amos Jordan agreed.", "Amos Jordan").AuthorityId);
        Assert.True(NameCues.NamesCountryOrLanguage("Spain") && NameCues.NamesCountryOrLanguage("german"));
        Assert.False(NameCues.NamesCountryOrLanguage("Dulles"));
    }

    [Fact]
    public void Should_take_no_word_of_an_office_for_a_person_whose_surname_it_keys_as()
    {
        Assert.Empty(Mentions("For the Joint Chiefs of Staff:"));
        Assert.Empty(Mentions("4. The Joint Chiefs of Staff recommend that the plan be approved."));
        Assert.Empty(Mentions("Staff Secretary Goodpaster took the notes."));
        // A title before a comma is another's: "Chairman, Joint Chiefs of Staff" names no Staf.
        Assert.Empty(Mentions("Chairman, Joint Chiefs of Staff; the Director of Central Intelligence."));
        // Nor is a title through "of", nor a possessive one.
        Assert.Empty(Mentions("General Twining\nChairman Joint Chiefs of Staff"));
        Assert.Empty(Mentions("It was discussed at the Secretary’s Staff Meeting."));
        Assert.Equal(CornelisStaf.Id, Single("Minister of Defense Staf arrived.", "Staf").AuthorityId);
        Assert.Equal(CornelisStaf.Id, Single("Staf said the Netherlands would agree.", "Staf").AuthorityId);
    }

    [Fact]
    public void Should_take_a_bare_surname_for_the_namesake_the_records_own_volume_lists()
    {
        // Volume v9's list of persons names Allen Dulles and not his brother, whom the archive cites more.
        var (allen, evidence) = Single("Dulles briefed the Board.", "Dulles", collection: "v9");
        Assert.Equal(AllenDulles.Id, allen);
        Assert.Contains("listed by the record's collection", evidence, StringComparison.Ordinal);
        // Volume v1 lists both, and a volume that lists neither leaves the choice to how well each is known.
        Assert.Equal(JohnFosterDulles.Id, Single("Dulles briefed the Board.", "Dulles", collection: "v1").AuthorityId);
        Assert.Equal(JohnFosterDulles.Id, Single("Dulles briefed the Board.", "Dulles", collection: "v8").AuthorityId);
    }

    private static (string? AuthorityId, string Evidence) Single(string text, string spelled, string? collection = null)
    {
        var mention = Assert.Single(Mentions(text, collection));
        Assert.Equal(spelled, mention.Text);
        return (mention.AuthorityId, mention.Evidence ?? "");
    }

    private static List<NameMention> Mentions(string text, string? collection = null)
    {
        var record = new ArchiveRecord
        {
            Id = "r1",
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = text }],
            Collections = collection is null ? [] : [new CollectionMembership { CollectionId = collection }],
        };
        var (known, _) = new NameRecognizer(NameGazetteer.Of(Everyone)).Recognise(record);
        Assert.All(known, m => Assert.True(m.Confidence >= NameLinker.DefaultThreshold, $"{m.Text}: {m.Confidence} ({m.Evidence})"));
        return known;
    }

    // A person from a volume's list of persons: source keys (one a volume) and the spellings the volumes gave.
    private static Authority Person(string id, string heading, string[] sourceKeys, params string[] spellings) => new()
    {
        Id = id,
        Kind = AuthorityKind.Person,
        PreferredName = heading,
        Variants = [.. spellings.Select(s => new NameVariant { Name = s })],
        SourceKeys = [.. sourceKeys],
    };

    private static Authority Place(string name) => new()
    {
        Id = AuthorityId.For(AuthorityKind.Place, name),
        Kind = AuthorityKind.Place,
        PreferredName = name,
        Variants = [new NameVariant { Name = name, Lang = "en" }],
    };
}
