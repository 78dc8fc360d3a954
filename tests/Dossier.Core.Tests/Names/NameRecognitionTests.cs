using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Names;

/// <summary>Recognition and linking on invented two-layer letters (Russian original, English translation).</summary>
public sealed class NameRecognitionTests
{
    private static readonly Authority Khrushchev = new()
    {
        Id = "p_khrushchev",
        Kind = AuthorityKind.Person,
        PreferredName = "Khrushchev, Nikita S.",
        Description = "Chairman of the Council of Ministers of the Soviet Union",
        Variants = [new NameVariant { Name = "N.S. Khrushchev" }],
    };

    private static readonly Authority Beria = new() { Id = "p_beria", Kind = AuthorityKind.Person, PreferredName = "Beria, Lavrenti P." };

    private static readonly Authority Berry = new() { Id = "p_berry", Kind = AuthorityKind.Person, PreferredName = "Berry, James Lampton" };

    private static ArchiveRecord Letter(string russian, string english) => new()
    {
        Id = "r1",
        Layers = [new TextLayer { Kind = LayerKind.Original, Lang = "ru", Text = russian }, new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = english }],
    };

    private static (ArchiveRecord Record, IReadOnlyList<Authority> Written) Link(ArchiveRecord record, params Authority[] known)
    {
        var linker = new NameLinker(NameGazetteer.Of(known));
        var written = linker.Link([record]);
        return (record, written);
    }

    [Fact]
    public void Should_recognise_a_batch_on_every_core_as_one_record_at_a_time()
    {
        string[] russian = ["Уважаемый тов. Хрущев, пишу Вам.", "Передайте тов. Хрущеву и Берии привет.", "Тов. Пишевари прибыл в Тебриз.", "Встреча с Берри."];
        string[] english = ["Dear Cde. Khrushchev, I write to you.", "Give Cde. Khrushchev and Beria my greetings.", "Cde. Pishevari arrived in Tabriz.", "A meeting with Berry."];
        var records = Enumerable.Range(0, 400).Select(i =>
        {
            var letter = Letter(russian[i % 4] + " " + russian[(i / 4) % 4], english[i % 4] + " " + english[(i / 4) % 4]);
            letter.Id = "r" + i;
            return letter;
        }).ToList();
        var linker = new NameLinker(NameGazetteer.Of([Khrushchev, Beria, Berry]));

        var together = linker.RecogniseAll(records);

        for (var i = 0; i < records.Count; i++)
        {
            var alone = new NameRecognizer(NameGazetteer.Of([Khrushchev, Beria, Berry])).Recognise(records[i]);
            Assert.Equal(Describe(alone.Known, alone.New), Describe(together[i].Known, together[i].New));
        }
        Assert.Contains(together, r => r.Known.Count > 0);
        Assert.Contains(together, r => r.New.Count > 0);
    }

    private static string Describe(List<NameMention> known, List<RecognisedName> found) =>
        string.Join("; ", known.Select(m => $"{m.Layer}:{m.Start}:{m.Text}:{m.AuthorityId}:{m.Confidence}"))
        + " | " + string.Join("; ", found.Select(n => $"{n.Heading}:{n.Confidence}:{string.Join(",", n.Mentions.Select(m => m.Start))}"));

    [Fact]
    public void Should_link_a_known_person_in_both_scripts_with_his_case_endings()
    {
        var (record, written) = Link(Letter("Уважаемый тов. Хрущев, пишу Вам. Передайте тов. Хрущеву привет.", "Dear Cde. Khrushchev, I write to you."), Khrushchev);

        var mentions = record.Mentions!.Where(m => m.AuthorityId == "p_khrushchev").ToList();
        Assert.Equal(["Хрущев", "Хрущеву", "Khrushchev"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(MentionStatus.Linked, m.Status));
        Assert.Contains(record.People, l => l.AuthorityId == "p_khrushchev");
        Assert.Contains(written, a => a.Id == "p_khrushchev" && a.Variants.Exists(v => v.Name == "Хрущеву" && v.Lang == "ru"));
    }

    [Fact]
    public void Should_read_names_in_a_huge_layer_only_where_search_reads_it()
    {
        // Issue 15: the recogniser reads what the index holds (ImportLimits.SearchableLength), so a 10 MB layer costs
        // it a million characters' words, not ten million.
        var filler = string.Concat(Enumerable.Repeat("the talks went on for another day without result. ", (Importing.ImportLimits.IndexedLayerLength / 50) + 10));
        var english = "Dear Cde. Khrushchev, I write to you. " + filler + "Cde. Khrushchev replied at last.";
        var (record, _) = Link(Letter("Уважаемый тов. Хрущев.", english), Khrushchev);

        var inEnglish = record.Mentions!.Where(m => m.Layer == 1 && m.AuthorityId == "p_khrushchev").ToList();
        Assert.Equal([english.IndexOf("Khrushchev", StringComparison.Ordinal)], inEnglish.Select(m => m.Start));
        Assert.True(Importing.ImportLimits.SearchableLength(english) < english.LastIndexOf("Khrushchev", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_make_new_places_of_names_written_in_both_scripts_after_a_preposition()
    {
        var (record, written) = Link(Letter(
            "Я живу в гор. Баку. Фракция работала в Тебризе против партии.",
            "I live in the city of Baku. The faction worked in Tabriz against the Party."));

        var places = written.Where(a => a.Kind == AuthorityKind.Place).Select(a => a.PreferredName).Order(StringComparer.Ordinal);
        Assert.Equal(["Baku", "Tabriz"], places);
        Assert.Equal(2, record.Places.Count);
        var tabriz = written.Single(a => a.PreferredName == "Tabriz");
        Assert.Contains(tabriz.Variants, v => v.Name == "Тебризе" && v.Lang == "ru");
        Assert.DoesNotContain(written, a => a.PreferredName is "Party" or "Faction");
    }

    [Fact]
    public void Should_keep_biriya_apart_from_beria()
    {
        var (record, _) = Link(Letter("Предатели, как Бирия, были разоблачены.", "Traitors such as Biriya were exposed."), Beria);

        Assert.DoesNotContain(record.Mentions ?? [], m => m.AuthorityId == "p_beria");
    }

    [Fact]
    public void Should_leave_a_name_seen_once_after_a_title_as_a_proposal_for_an_editor()
    {
        var record = new ArchiveRecord { Id = "r2", Layers = [new TextLayer { Lang = "en", Text = "The official Cde. Khalykov insulted me." }] };

        var (linked, written) = Link(record);

        var mention = Assert.Single(linked.Mentions!);
        Assert.Equal(MentionStatus.Proposed, mention.Status);
        Assert.Null(mention.AuthorityId);
        Assert.NotNull(mention.Evidence);
        Assert.Empty(written);
        Assert.Empty(linked.People);
    }

    [Fact]
    public void Should_not_find_an_absent_name_or_a_common_word()
    {
        var kennedy = new Authority { Id = "p_kennedy", Kind = AuthorityKind.Person, PreferredName = "Kennedy, John F." };
        var warren = new Authority { Id = "p_warren", Kind = AuthorityKind.Person, PreferredName = "Warren, Avra M." };
        var (record, _) = Link(Letter("Письмо.", "Warren of rabbits. A rabbit warren is a maze."), kennedy, warren);

        Assert.DoesNotContain(record.Mentions ?? [], m => m.AuthorityId is "p_kennedy" or "p_warren");
    }

    [Fact]
    public void Should_not_take_a_pronoun_or_an_article_for_the_name_it_keys_as()
    {
        var park = new Authority { Id = "p_park", Kind = AuthorityKind.Person, PreferredName = "Park Chung Hee", Variants = [new NameVariant { Name = "Hee" }] };
        var tran = new Authority { Id = "p_tran", Kind = AuthorityKind.Person, PreferredName = "Tran Huu The" };
        var togo = new Authority { Id = "l_togo", Kind = AuthorityKind.Place, PreferredName = "Togo", Variants = [new NameVariant { Name = "Того", Lang = "ru" }] };
        var record = Letter("Того же дня прибыл посол.", "He came. THE REPLY FOLLOWS. Hee answered, and Tran Huu The agreed.");

        var (linked, _) = Link(record, park, tran, togo);

        Assert.Equal([("Hee", "p_park"), ("Tran Huu The", "p_tran")], linked.Mentions!.Select(m => (m.Text, m.AuthorityId)));
    }

    [Fact]
    public void Should_not_take_a_short_word_a_letter_off_a_short_name_for_it()
    {
        var mai = new Authority { Id = "p_mai", Kind = AuthorityKind.Person, PreferredName = "Mai Van Bo", Variants = [new NameVariant { Name = "Mai" }] };
        var ho = new Authority { Id = "p_ho", Kind = AuthorityKind.Person, PreferredName = "Ho Chi Minh", Variants = [new NameVariant { Name = "Ho" }] };
        var record = Letter("Хо ответил.", "Talks resumed. May brought no answer from Hanoi; Mai spoke, and Ho replied.");

        var (linked, _) = Link(record, mai, ho);

        Assert.Equal([("Хо", "p_ho"), ("Mai", "p_mai"), ("Ho", "p_ho")], linked.Mentions!.Select(m => (m.Text, m.AuthorityId)));
    }

    [Fact]
    public void Should_not_take_a_title_after_the_for_a_surname()
    {
        var king = new Authority { Id = "p_king", Kind = AuthorityKind.Person, PreferredName = "King, J.C.", Variants = [new NameVariant { Name = "King" }] };
        var record = new ArchiveRecord { Id = "r4", Layers = [new TextLayer { Lang = "en", Text = "The King received the Ambassador. Later King reported to Washington." }] };

        var (linked, _) = Link(record, king);

        Assert.Equal([("King", "p_king", 40)], linked.Mentions!.Select(m => (m.Text, m.AuthorityId, m.Start)));
    }

    [Fact]
    public void Should_not_take_the_month_of_a_date_for_a_person_of_its_name()
    {
        var may = new Authority { Id = "p_may", Kind = AuthorityKind.Person, PreferredName = "May, Herbert K.", Variants = [new NameVariant { Name = "May" }] };
        var record = new ArchiveRecord { Id = "r5", Layers = [new TextLayer { Lang = "en", Text = "Washington, May 15, 1961. Sent on 2 May. Herbert May met the Minister; May agreed." }] };

        var (linked, _) = Link(record, may);

        Assert.Equal(["Herbert May", "May"], linked.Mentions!.Select(m => m.Text));
    }

    [Fact]
    public void Should_tell_namesakes_apart_by_the_forename_before_the_surname()
    {
        var john = new Authority { Id = "p_jfk", Kind = AuthorityKind.Person, PreferredName = "Kennedy, John F.", Description = "President of the United States" };
        var robert = new Authority { Id = "p_rfk", Kind = AuthorityKind.Person, PreferredName = "Kennedy, Robert F.", Description = "Attorney General" };
        var record = new ArchiveRecord { Id = "r3", Layers = [new TextLayer { Lang = "en", Text = "He met Robert Kennedy, and later President Kennedy." }] };

        var (linked, _) = Link(record, john, robert);

        Assert.Equal(["p_rfk", "p_jfk"], linked.Mentions!.Select(m => m.AuthorityId));
        Assert.Equal("Robert Kennedy", linked.Mentions![0].Text);
    }

    [Theory]
    [InlineData("Товарищ Берия выступил на собрании.", "Comrade Beriya spoke at the meeting.")]
    [InlineData("Письмо Берии было прочитано.", "The letter of Beria was read.")]
    public void Should_not_link_a_short_name_whose_key_collides_with_a_different_name(string russian, string english)
    {
        var (alone, _) = Link(Letter(russian, english), Berry);
        var (beside, _) = Link(Letter(russian, english), Berry, Beria);

        Assert.DoesNotContain(alone.Mentions ?? [], m => m.AuthorityId == "p_berry");
        Assert.DoesNotContain(beside.Mentions ?? [], m => m.AuthorityId == "p_berry");
        Assert.DoesNotContain(alone.People, l => l.AuthorityId == "p_berry");
    }

    [Fact]
    public void Should_still_link_the_name_a_short_key_belongs_to()
    {
        var (record, _) = Link(Letter("Мистер Берри приехал.", "Mr. Berry arrived."), Berry, Beria);

        Assert.Contains(record.Mentions!, m => m.AuthorityId == "p_berry" && m.Text == "Berry");
        Assert.DoesNotContain(record.Mentions!, m => m.AuthorityId == "p_beria");
    }
}
